import type { Middleware } from '@conduit/core';

/**
 * api.video sends `X-RateLimit-Retry-After` (seconds until the window resets) on every answer but
 * no `X-RateLimit-Reset`, and core's limiter only reopens a spent window at a known reset time.
 * This restates the hint as `X-RateLimit-Reset` (a delta in seconds, which core's parser
 * understands), so the per-bucket budget refills each minute instead of dropping to one probe
 * per second for good once the first window is used up.
 */
export function withResetHeader(response: Response): Response {
  const retryAfter = response.headers.get('x-ratelimit-retry-after');
  if (retryAfter === null || response.status < 200 || response.headers.has('x-ratelimit-reset') || !/^\s*\d+\s*$/.test(retryAfter)) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('x-ratelimit-reset', retryAfter.trim());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Internal middleware of every api.video transport (registered before the caller's, so its
 * `onResponse` runs last and the limiter sees the restated header). It sees every answer,
 * whether fetch or the Node chunk sender produced it: no fetch or sender wrapper is needed.
 */
export const apivideoRateLimitMiddleware: Middleware = {
  name: 'apivideo-rate-limit-reset',
  onResponse: ({ response }) => withResetHeader(response),
};
