import { APIError } from '../errors/api-error.js';
import type { ConduitError } from '../errors/conduit-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import { type BackoffOptions, computeBackoff } from './compute-backoff.js';
import { type RetryReason, retryHint } from './retry-hint.js';

/** What the retry step knows about a call when one of its attempts failed. */
export interface RetryState {
  /** Retries already made (an auth refresh is not one). */
  readonly retriesUsed: number;
  /** Retries allowed for this call. */
  readonly maxRetries: number;
  /** Safe to send twice: an idempotent method, `idempotent: true`, or an idempotency key. */
  readonly repeatable: boolean;
  /** The failed attempt provably never left (connection refused, DNS failure). */
  readonly notSent: boolean;
  /** Milliseconds left before the call's deadline, when it has one. */
  readonly remainingMs: number | undefined;
  /** The caller's signal fired. */
  readonly aborted: boolean;
  /** The auth strategy can refresh its credentials and has not done so yet in this call. */
  readonly canRefreshAuth: boolean;
}

/** The transport-wide part of the retry policy. */
export interface RetryPolicy {
  /** Longest server-requested wait to sleep through, in milliseconds; longer ones fail fast. */
  readonly maxRetryAfter: number;
  /** Backoff settings when the server gave no hint. */
  readonly backoff?: BackoffOptions | undefined;
}

/** Retry or not; a retry says how long to wait and why, and whether to refresh credentials first. */
export type RetryDecision =
  | {
      /** Do not retry. */
      readonly retry: false;
      /** Why not (for debug logs). */
      readonly why: RetryRefusal;
    }
  | {
      /** Retry the call. */
      readonly retry: true;
      /** Wait before the next attempt, in milliseconds. */
      readonly delayMs: number;
      /** Where the delay comes from: a server hint, the rate-limit reset, backoff, or an auth refresh. */
      readonly reason: RetryReason;
      /** Refresh the credentials before the next attempt (after a 401). */
      readonly refreshAuth?: true;
    };

/** Why a failed attempt is not retried (for debug logs). */
export type RetryRefusal = 'aborted' | 'not-retryable' | 'retries-used' | 'unsafe-method' | 'hint-beyond-max' | 'deadline';

const stop = (why: RetryRefusal): RetryDecision => ({ retry: false, why });

/**
 * Decides whether a failed attempt is retried, and after how long. Pure: everything it reads is
 * in its arguments (backoff randomness comes from `policy.backoff.random`). A POST/PATCH is only
 * repeated when it provably was not processed (refused before sending, 429, 503 with a hint).
 */
export function decideRetry(error: ConduitError, state: RetryState, policy: RetryPolicy): RetryDecision {
  if (state.aborted || RequestAbortedError.isInstance(error)) {
    return stop('aborted');
  }
  if (state.canRefreshAuth && APIError.isInstance(error) && error.status === 401) {
    return { retry: true, delayMs: 0, reason: 'auth-refresh', refreshAuth: true };
  }
  if (!error.retryable) {
    return stop('not-retryable');
  }
  if (state.retriesUsed >= state.maxRetries) {
    return stop('retries-used');
  }
  const hint = retryHint(error);
  const status = APIError.isInstance(error) ? error.status : 0;
  const provenNotProcessed = state.notSent || status === 429 || (status === 503 && hint !== undefined);
  if (!state.repeatable && !provenNotProcessed) {
    return stop('unsafe-method');
  }
  if (hint !== undefined && hint.delayMs > policy.maxRetryAfter) {
    return stop('hint-beyond-max');
  }
  const delayMs = hint?.delayMs ?? computeBackoff(state.retriesUsed + 1, policy.backoff);
  if (state.remainingMs !== undefined && delayMs >= state.remainingMs) {
    return stop('deadline');
  }
  return { retry: true, delayMs, reason: hint?.reason ?? 'backoff' };
}
