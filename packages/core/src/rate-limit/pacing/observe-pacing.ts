import type { RateLimitState } from '../rate-limit-state.js';
import { observeAdaptiveThrottle } from './adaptive-pacing.js';
import { observeBucket } from './bucket-pacing.js';
import { learnRate } from './learn-rate.js';
import type { ObservedAnswer } from './observed-answer.js';
import type { PacingState } from './pacing-state.js';
import { observeWindow } from './window-pacing.js';

/** Reduces a parsed answer to numbers; `undefined` when it carries no count (headerless, or a wait only). */
function toObservedAnswer(state: PacingState, answer: RateLimitState): ObservedAnswer | undefined {
  if (answer.remaining === undefined) {
    return undefined;
  }
  // api.video's X-RateLimit-Retry-After is the time until its window resets, in whole seconds.
  const windowHint = answer.retryAfterMs !== undefined && answer.explicitRetryAfter !== true ? answer.retryAfterMs : undefined;
  const resetAt = answer.resetAt ?? (windowHint === undefined ? 0 : answer.observedAt + windowHint);
  return {
    observedAt: answer.observedAt,
    limit: answer.limit ?? Math.max(state.limit, answer.remaining + 1),
    remaining: answer.remaining,
    resetAt,
    resetPrecisionMs: answer.resetAt === undefined ? 1000 : (answer.resetPrecisionMs ?? 1),
    resetAbsolute: answer.resetAbsolute === true,
    windowMs: answer.windowMs ?? 0,
    throttled: answer.throttled === true,
  };
}

/** An absolute reset that moved later while the count did not rise: the server refills continuously. */
function resetCrept(state: PacingState, answer: ObservedAnswer): boolean {
  return (
    answer.resetAbsolute &&
    state.lastResetAt > 0 &&
    answer.remaining <= state.lastRemaining &&
    answer.resetAt >= state.lastResetAt + Math.max(1, answer.resetPrecisionMs / 2)
  );
}

/**
 * Folds one answer into a budget's pacing state: learns the server's model (fixed window, token
 * bucket, or no headers at all) and reconciles counts. An explicit `Retry-After` on a spent budget
 * lets exactly one request (the retry of this answer) go when it says, whatever the window model
 * says; it blocks everyone only when the server gives no counts to pace by.
 */
export function observePacing(state: PacingState, answer: RateLimitState): void {
  state.touchedAt = answer.observedAt;
  if (answer.throttled) {
    state.throttles++;
  }
  const spent = answer.throttled === true || answer.remaining === 0 || answer.remaining === undefined;
  if (answer.retryAfterMs !== undefined && answer.explicitRetryAfter === true && spent) {
    state.retryCreditAt = answer.observedAt + answer.retryAfterMs;
  }
  const observed = toObservedAnswer(state, answer);
  if (observed === undefined) {
    if (answer.retryAfterMs !== undefined && spent) {
      state.blockedUntil = Math.max(state.blockedUntil, answer.observedAt + answer.retryAfterMs);
    }
    if (answer.throttled && (state.mode === 'unknown' || state.mode === 'adaptive')) {
      state.mode = 'adaptive';
      observeAdaptiveThrottle(state, answer.observedAt);
    }
    return;
  }
  state.limit = observed.limit;
  if (state.mode === 'unknown' || state.mode === 'adaptive') {
    state.mode = 'window';
    // Requests sent before the first count was known may all still be on their way.
    state.used = Math.max(state.used, observed.limit - observed.remaining + Math.max(0, state.sent - 1));
  }
  if (state.mode === 'window' && (resetCrept(state, observed) || !observeWindow(state, observed))) {
    state.mode = 'bucket';
  }
  learnRate(state, observed.observedAt, observed.remaining);
  if (state.mode === 'bucket') {
    observeBucket(state, observed);
  }
  state.resetAbsolute = observed.resetAbsolute ? 1 : 0;
  state.lastRemaining = observed.remaining;
  state.lastResetAt = observed.resetAt;
}
