import { parseRetryAfter } from '../../retry/parse-retry-after.js';
import type { HeaderReading } from './header-reading.js';
import { readInteger } from './read-integer.js';
import { readReset } from './read-reset.js';

/**
 * The de-facto `X-RateLimit-*` family (GitHub, Scriptix, express-rate-limit's legacy headers):
 * `-Limit`, `-Remaining`, `-Reset` (epoch s, epoch ms, or delta s), and api.video's
 * `X-RateLimit-Retry-After` (seconds until the window resets, sent on every answer). The latter is
 * a window-derived wait, never an explicit `Retry-After`: the limiter reads it as a reset from now.
 */
export function parseXRateLimitHeaders(headers: Headers, now: number): HeaderReading | undefined {
  const limit = readInteger(headers, 'x-ratelimit-limit');
  const remaining = readInteger(headers, 'x-ratelimit-remaining');
  const reset = readReset(headers.get('x-ratelimit-reset'), now);
  const windowRetryAfterMs = parseRetryAfter(headers.get('x-ratelimit-retry-after'), now);
  if (limit === undefined && remaining === undefined && reset === undefined && windowRetryAfterMs === undefined) {
    return undefined;
  }
  return {
    limit,
    remaining,
    resetAt: reset?.resetAt,
    resetPrecisionMs: reset?.precisionMs,
    resetAbsolute: reset?.absolute,
    windowRetryAfterMs,
  };
}
