import { APIError, type APIErrorDetails } from './api-error.js';
import type { ConduitErrorOptions } from './conduit-error.js';

/** HTTP 429: too many requests. Carries the server's hint and the rate-limit state. */
export class RateLimitError extends APIError {
  static override readonly brand: string = 'RateLimitError';
  declare private readonly rateLimitErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is RateLimitError;
  /** How long the server asked us to wait, in milliseconds, when it said. */
  readonly retryAfterMs: number | undefined;
  /** Requests allowed per window, when the server said. */
  readonly limit: number | undefined;
  /** Requests left in the window, when the server said. */
  readonly remaining: number | undefined;
  /** When the window resets, as epoch milliseconds, when the server said. */
  readonly resetAt: number | undefined;

  constructor(message: string, details: APIErrorDetails & { retryAfterMs?: number | undefined }, options: ConduitErrorOptions = {}) {
    super(message, details, { retryable: true, ...options });
    const state = details.rateLimit;
    // With no explicit hint, a spent window's reset time says how long to wait.
    const untilReset = state?.resetAt !== undefined && state.remaining === 0 ? Math.max(0, state.resetAt - state.observedAt) : undefined;
    this.retryAfterMs = details.retryAfterMs ?? state?.retryAfterMs ?? untilReset;
    this.limit = details.rateLimit?.limit;
    this.remaining = details.rateLimit?.remaining;
    this.resetAt = details.rateLimit?.resetAt;
  }
}
