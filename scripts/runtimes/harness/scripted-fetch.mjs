/**
 * A fetch that answers from a script of responses, one per request, and records every request.
 * Lets the conformance cases drive retries and typed errors the same way on every runtime.
 *
 * @param {Array<() => Response>} answers
 */
export function scriptedFetch(answers) {
  /** @type {Request[]} */
  const requests = [];
  /** @type {typeof fetch} */
  const fetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    requests.push(request);
    const answer = answers[Math.min(requests.length, answers.length) - 1];
    return answer();
  };
  return { fetch, requests };
}

/** A JSON answer. */
export const json =
  (status, body, headers = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A clock and a sleep that advances it at once, so hinted waits are checked without waiting. */
export function fakeTime() {
  let clock = Date.UTC(2026, 11, 7);
  /** @type {number[]} */
  const sleeps = [];
  return {
    sleeps,
    now: () => clock,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
      clock += milliseconds;
    },
  };
}
