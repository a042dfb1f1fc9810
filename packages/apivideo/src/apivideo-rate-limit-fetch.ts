import { type ReplayableBody, sendReplayable } from '@conduit/core';

/**
 * api.video sends `X-RateLimit-Retry-After` (seconds until the window resets) on every answer but
 * no `X-RateLimit-Reset`, and core's limiter only reopens a spent window at a known reset time.
 * This restates the hint as `X-RateLimit-Reset` (a delta in seconds, which core's parser
 * understands), so the per-bucket budget refills each minute instead of dropping to one probe
 * per second for good once the first window is used up.
 */
function withResetHeader(response: Response): Response {
  const retryAfter = response.headers.get('x-ratelimit-retry-after');
  if (retryAfter === null || response.status < 200 || response.headers.has('x-ratelimit-reset') || !/^\s*\d+\s*$/.test(retryAfter)) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('x-ratelimit-reset', retryAfter.trim());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The transport's fetch, with api.video's rate-limit hint restated (see `withResetHeader`). */
export function withRateLimitReset(fetch: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  return async (input, init) => withResetHeader(await (fetch ?? globalThis.fetch)(input, init));
}

/** The transport's sender of streamed chunk bodies (`node:http` on Node, Bun, Deno), with the same restatement. */
export async function sendReplayableWithRateLimitReset(request: Request, body: ReplayableBody): Promise<Response> {
  return withResetHeader(await sendReplayable(request, body));
}
