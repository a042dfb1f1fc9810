/** What one answer's headers said about the caller's rate-limit budget. Every field is optional: providers differ. */
export interface RateLimitState {
  /** Requests allowed per window. */
  limit?: number | undefined;
  /** Requests left in the current window. */
  remaining?: number | undefined;
  /** When the window resets, as epoch milliseconds. */
  resetAt?: number | undefined;
  /** How long the server asked us to wait before the next request, in milliseconds. */
  retryAfterMs?: number | undefined;
  /** When this state was read, as epoch milliseconds. */
  observedAt: number;
}
