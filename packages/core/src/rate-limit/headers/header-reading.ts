import type { RateLimitPolicy } from '../rate-limit-state.js';

/** What one header grammar read; the orchestrator merges readings field by field. */
export interface HeaderReading {
  limit?: number | undefined;
  remaining?: number | undefined;
  resetAt?: number | undefined;
  resetPrecisionMs?: number | undefined;
  resetAbsolute?: boolean | undefined;
  windowMs?: number | undefined;
  policies?: RateLimitPolicy[] | undefined;
  /** A wait that came from a window header (api.video's `X-RateLimit-Retry-After`), not an explicit `Retry-After`. */
  windowRetryAfterMs?: number | undefined;
}
