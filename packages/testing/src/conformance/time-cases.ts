import { expect } from 'vitest';
import { type Harness, rejectionOf } from './conformance-harness.js';
import { hangUntilAborted, jsonResponse } from './recording-fetch.js';

/** Per-attempt timeout, overall deadline and the caller's abort, all through the ergonomic read. */
export function timeCases<Client>({ spec, test, build, expectNoSecret }: Harness<Client>): void {
  test('a stalled attempt times out and the read is retried', async () => {
    // The per-attempt timer is real (50 ms); the retry's backoff runs on the fake clock.
    const { client, recording } = build([hangUntilAborted, spec.read.success()], { timeout: 50 });
    await spec.read.call(client);
    expect(recording.requests).toHaveLength(2);
  });

  test('a stalled attempt with no retries left is an APITimeoutError', async () => {
    const { client, recording, lines } = build([hangUntilAborted], { timeout: 50, maxRetries: 0 });
    const error = await rejectionOf(spec.read.call(client));
    expect(error).toMatchObject({ name: 'APITimeoutError' });
    expect(recording.requests).toHaveLength(1);
    expectNoSecret(error, lines);
  });

  test('the deadline bounds every attempt and wait of a call', async () => {
    // Each 503 asks for 1 s; with a 2.5 s deadline only the attempts at 0, 1 and 2 s fit.
    const unavailable = jsonResponse({}, 503, { 'retry-after': '1' });
    const { client, recording, clock, lines } = build([unavailable], { deadline: 2500, maxRetries: 10 });
    const error = await rejectionOf(spec.read.call(client));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toMatch(/^(InternalServerError|APITimeoutError|RateLimitError)$/);
    expect(recording.requests.length).toBeGreaterThanOrEqual(2);
    expect(recording.requests.length).toBeLessThanOrEqual(3);
    expect(clock.slept()).toBeLessThanOrEqual(2500);
    expectNoSecret(error, lines);
  });

  test("the caller's abort ends a call in flight with RequestAbortedError and no retry", async () => {
    const controller = new AbortController();
    const abortOnArrival = (request: Request) => {
      queueMicrotask(() => controller.abort());
      return hangUntilAborted(request);
    };
    // A long per-attempt timeout: a client that ignores the caller's signal fails as a timeout, not a hang.
    const { client, recording, lines } = build([abortOnArrival, spec.read.success()], { timeout: 2000 });
    const error = await rejectionOf(spec.read.call(client, { signal: controller.signal }));
    expect(error).toMatchObject({ name: 'RequestAbortedError' });
    expect(recording.requests).toHaveLength(1);
    expectNoSecret(error, lines);
  });
}
