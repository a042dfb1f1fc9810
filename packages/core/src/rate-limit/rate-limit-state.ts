/** One quota policy a server declared (`RateLimit-Policy`, drafts 6–9), with what is left of it if the answer said. */
export interface RateLimitPolicy {
  /** The policy's name (drafts 8–9), or `undefined` for an unnamed draft-6/7 policy. */
  name?: string | undefined;
  /** Requests allowed per window (`q`, or the draft-6/7 leading integer). */
  quota: number;
  /** The window length in milliseconds (`w` is in seconds), when declared. */
  windowMs?: number | undefined;
  /** Requests left under this policy (`r`), when the answer said. */
  remaining?: number | undefined;
  /** When this policy's quota resets, as epoch milliseconds (from `t`), when the answer said. */
  resetAt?: number | undefined;
}

/**
 * What one answer's headers said about the caller's rate-limit budget. Every field is optional: providers differ.
 * `retryAfterMs` with `explicitRetryAfter: true` is a `Retry-After`/`retry-after-ms` the server sent for this
 * answer (it governs this answer's retry); without it, the wait came from a window header such as api.video's
 * `X-RateLimit-Retry-After` and only feeds the pacing of later calls.
 */
export interface RateLimitState {
  /** Requests allowed per window (the most constraining policy's quota when several are declared). */
  limit?: number | undefined;
  /** Requests left in the current window (the most constraining policy). */
  remaining?: number | undefined;
  /** When the window resets, as epoch milliseconds: an upper bound when the server rounds (see `resetPrecisionMs`). */
  resetAt?: number | undefined;
  /** How long the server asked us to wait before the next request, in milliseconds. */
  retryAfterMs?: number | undefined;
  /** When this state was read, as epoch milliseconds. */
  observedAt: number;
  /** `true` when `retryAfterMs` came from `Retry-After` or `retry-after-ms` (explicit for this answer). */
  explicitRetryAfter?: boolean | undefined;
  /** The window length in milliseconds, when a `RateLimit-Policy` declared it (`w`). */
  windowMs?: number | undefined;
  /**
   * How coarse `resetAt` is: 1000 when the server sent whole seconds (so the true reset lies in
   * `(resetAt - 1000, resetAt]`), 1 for milliseconds or fractions.
   */
  resetPrecisionMs?: number | undefined;
  /** `true` when the reset was an absolute time (epoch or HTTP date), `false` for seconds-from-now. */
  resetAbsolute?: boolean | undefined;
  /** Every policy the answer declared, when it declared any (drafts 6–9). */
  policies?: readonly RateLimitPolicy[] | undefined;
  /** `true` for a 429 answer, so a limiter adapts even when it carried no rate-limit header at all. */
  throttled?: boolean | undefined;
}
