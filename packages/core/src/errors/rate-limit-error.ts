import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.RateLimitError';
const symbol = Symbol.for(marker);

/** HTTP 429: too many requests. Carries the server's hint and the rate-limit state. */
export class RateLimitError extends APIError {
  private readonly [symbol] = true;
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
    this.name = 'RateLimitError';
    const state = details.rateLimit;
    // With no explicit hint, a spent window's reset time says how long to wait.
    const untilReset = state?.resetAt !== undefined && state.remaining === 0 ? Math.max(0, state.resetAt - state.observedAt) : undefined;
    this.retryAfterMs = details.retryAfterMs ?? state?.retryAfterMs ?? untilReset;
    this.limit = details.rateLimit?.limit;
    this.remaining = details.rateLimit?.remaining;
    this.resetAt = details.rateLimit?.resetAt;
  }

  static override isInstance(value: unknown): value is RateLimitError {
    return hasMarker(value, marker);
  }
}
