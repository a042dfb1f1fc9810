import { APIError } from '../errors/api-error.js';
import type { ConduitError } from '../errors/conduit-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';

/** Why a retry waits as long as it does (the `reason` of the `retry` event). */
export type RetryReason = 'retry-after' | 'rate-limit-reset' | 'backoff' | 'auth-refresh';

/** A wait the server asked for, and which kind of hint it came from. */
export interface RetryHint {
  /** Milliseconds to wait before the next attempt. */
  readonly delayMs: number;
  /** `retry-after` for an explicit `Retry-After`/`retry-after-ms` or a body hint; `rate-limit-reset` for a spent window. */
  readonly reason: 'retry-after' | 'rate-limit-reset';
}

/**
 * The wait a failed answer asks for. An explicit `Retry-After` / `retry-after-ms` governs, even
 * when a reset header says later (GitHub's documented rule); otherwise a spent window's reset
 * (`remaining` 0, or a window hint such as api.video's `X-RateLimit-Retry-After` with no count);
 * otherwise nothing, and the caller backs off. A 429 is a spent window by definition.
 */
export function retryHint(error: ConduitError): RetryHint | undefined {
  if (!APIError.isInstance(error)) {
    return undefined;
  }
  const state = error.rateLimit;
  const explicit =
    state?.explicitRetryAfter === true || error.headers['retry-after'] !== undefined || error.headers['retry-after-ms'] !== undefined;
  if (RateLimitError.isInstance(error)) {
    if (error.retryAfterMs === undefined) {
      return undefined;
    }
    // No window hint or reset in the headers: the wait came from the body (GenAI `details.retry_after`), an explicit one.
    const fromWindow = state?.retryAfterMs !== undefined || (state?.remaining === 0 && state.resetAt !== undefined);
    return { delayMs: error.retryAfterMs, reason: explicit || !fromWindow ? 'retry-after' : 'rate-limit-reset' };
  }
  if (state === undefined) {
    return undefined;
  }
  if (explicit && state.retryAfterMs !== undefined) {
    return { delayMs: state.retryAfterMs, reason: 'retry-after' };
  }
  if (state.remaining === 0 || state.remaining === undefined) {
    if (state.retryAfterMs !== undefined) {
      return { delayMs: state.retryAfterMs, reason: 'rate-limit-reset' };
    }
    if (state.remaining === 0 && state.resetAt !== undefined) {
      return { delayMs: Math.max(0, state.resetAt - state.observedAt), reason: 'rate-limit-reset' };
    }
  }
  return undefined;
}
