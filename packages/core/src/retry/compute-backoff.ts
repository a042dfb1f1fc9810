/** Backoff settings; durations in milliseconds. */
export interface BackoffOptions {
  /** First delay before jitter, in milliseconds (default 500). */
  baseDelayMs?: number;
  /** Upper bound before jitter, in milliseconds (default 8000). */
  maxDelayMs?: number;
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
}

/** Exponential backoff with full jitter: a uniform delay in [0, min(max, base * 2^(retry-1))). */
export function computeBackoff(retry: number, options: BackoffOptions = {}): number {
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 8000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, retry - 1));
  return Math.floor((options.random ?? Math.random)() * ceiling);
}
