import type { ObservedAnswer } from './observed-answer.js';
import { inFlightSlackMs, type PacingState, probeIntervalMs } from './pacing-state.js';

/** Answers within this long of a window's first one may arrive out of order: a higher count there is not a refill. */
export const reorderGuardMs = 50;

/** True when the current window's end is known to within 1 % of the window, so no probing is needed. */
function endCertain(state: PacingState): boolean {
  const windowMs = state.windowHighMs > 0 ? state.windowHighMs : state.windowEnd - state.windowStart;
  return state.windowEndLow === 0 || state.windowEnd - state.windowEndLow <= Math.max(10, 0.01 * windowMs);
}

/** Moves the model past every window that ended by `now`; queued reservations carry into the next one. */
export function rollWindows(state: PacingState, now: number): void {
  while (state.windowEnd > 0 && now >= state.windowEnd) {
    state.used = Math.max(0, state.used - state.limit);
    state.windowStart = state.windowEnd;
    state.windowStartObserved = 0;
    state.modelRolled = 1;
    state.windowEnd = state.windowHighMs > 0 ? state.windowStart + state.windowHighMs : 0;
    state.windowEndLow = 0;
  }
}

/**
 * Fixed window: the first `limit` reservations of a window go at once; the rest are placed in the
 * next window(s), at its estimated start. While the window length is uncertain (a rounded absolute
 * reset and no declared `w`), the next window's first request is sent alone a quarter of the way
 * into the bounds: its answer (a refilled count or a 429) narrows them, and at most one request
 * pays for it. The lower bound from a rounded reset is usually tight, so probing near it pays off.
 */
export function reserveInWindow(state: PacingState, now: number): number {
  rollWindows(state, now);
  if (state.used < state.limit) {
    state.used++;
    return 0;
  }
  if (state.windowEnd === 0) {
    // Spent, and the server never said when it refills: one probe per interval.
    const sendAt = Math.max(now, state.nextSendAt);
    state.nextSendAt = sendAt + probeIntervalMs;
    state.reason = 'budget spent and no reset known: probing once a second';
    return sendAt - now;
  }
  const windowsAhead = Math.floor((state.used - state.limit) / state.limit);
  let sendAt = state.windowEnd + windowsAhead * state.windowHighMs;
  // Probing pays only against an absolute reset that stays put for the window (a fixed window, e.g.
  // express-rate-limit's legacy headers); a token bucket would accept any probe and shrink the bound to nothing.
  // Only short windows are worth it: one second of rounding on a 60 s or 1 h window costs little.
  const shortWindow = state.windowEnd - state.windowStart <= 10_000;
  const probe = state.resetAbsolute === 1 && shortWindow && !endCertain(state);
  if (windowsAhead === 0 && state.used === state.limit && probe) {
    sendAt = Math.max(now, Math.min(sendAt, state.windowEndLow + (state.windowEnd - state.windowEndLow) / 4));
    state.openerAt = sendAt;
    state.openerWindowStart = state.windowStart;
  }
  state.used++;
  state.reason = `${state.limit} requests per window spent; next window in ${Math.ceil(sendAt - now)} ms`;
  return Math.max(0, sendAt - now);
}

/**
 * Folds an answer into the fixed-window model. A count that went up together with a reset that
 * moved on marks a new window (checked before the answer's reset is applied, so a new window's reset
 * cannot pass for a refill); bounds on the window length come from rounded resets (the true reset
 * lies within one precision step before the stated one), from the gap between window starts, and
 * from a probe of the window's end that got a 429. A higher count without a moved reset is taken
 * for answers arriving out of order (a loaded server reorders them by hundreds of milliseconds).
 * Returns `false` when the answers contradict a fixed window (a token bucket, then).
 */
export function observeWindow(state: PacingState, answer: ObservedAnswer): boolean {
  rollWindows(state, answer.observedAt);
  const exact = answer.windowMs > 0;
  if (exact) {
    state.windowLowMs = answer.windowMs;
    state.windowHighMs = answer.windowMs;
  }
  const sinceStart = answer.observedAt - state.windowStart;
  // A fresh window has most of its quota left; a small rise is a token bucket's trickle or a reordered answer.
  const rose = state.lastRemaining >= 0 && answer.remaining > state.lastRemaining && answer.remaining >= answer.limit / 2;
  // Out-of-order answers of one burst can show a higher count, but not a reset that moved on by a window.
  const resetMoved = answer.resetAt === 0 || state.lastResetAt === 0 || answer.resetAt >= state.lastResetAt + reorderGuardMs;
  const newWindow =
    state.windowStart === 0 ||
    (rose && resetMoved && (state.windowStartObserved === 0 || sinceStart >= Math.max(reorderGuardMs, state.windowLowMs / 2)));
  if (newWindow && rose && state.openerAt > 0 && answer.observedAt >= state.openerAt && answer.remaining < answer.limit - 2) {
    // The probe found a partly refilled budget, not a fresh window: the server refills continuously.
    return false;
  }
  if (newWindow) {
    if (state.lastObservedStart > 0 && state.lastRemaining >= 0 && !exact) {
      const gap = answer.observedAt - state.lastObservedStart + inFlightSlackMs;
      state.windowHighMs = state.windowHighMs > 0 ? Math.min(state.windowHighMs, gap) : gap;
    }
    if (state.modelRolled === 0 && state.lastRemaining >= 0) {
      // The server's window changed before the model rolled over: carry the queue over now.
      state.used = Math.max(0, state.used - state.limit);
    }
    state.modelRolled = 0;
    state.windowStart = answer.observedAt;
    state.openerAt = 0;
    state.windowStartObserved = state.lastRemaining >= 0 ? 1 : 0;
    if (state.windowStartObserved === 1) {
      state.lastObservedStart = answer.observedAt;
    }
    state.windowEnd = state.windowHighMs > 0 ? state.windowStart + state.windowHighMs : 0;
    state.windowEndLow = state.windowStartObserved === 1 && state.windowLowMs > 0 ? state.windowStart + state.windowLowMs : 0;
  }
  if (answer.resetAt > state.windowStart) {
    state.windowEndLow = Math.max(state.windowEndLow, answer.resetAt - answer.resetPrecisionMs);
    if (!exact && state.windowStartObserved === 1) {
      const high = answer.resetAt - state.windowStart + inFlightSlackMs;
      state.windowHighMs = state.windowHighMs > 0 ? Math.min(state.windowHighMs, high) : high;
      state.windowLowMs = Math.max(state.windowLowMs, answer.resetAt - answer.resetPrecisionMs - state.windowStart);
    }
    state.windowEnd = state.windowEnd > 0 ? Math.min(state.windowEnd, answer.resetAt) : answer.resetAt;
  }
  if (answer.throttled && state.openerAt > 0 && answer.observedAt >= state.openerAt && !exact) {
    // The probe of the window's end came too early: the window is longer than it waited.
    if (state.openerWindowStart === state.windowStart && state.windowStartObserved === 1) {
      state.windowLowMs = Math.max(state.windowLowMs, state.openerAt - state.openerWindowStart);
    }
    state.windowEndLow = Math.max(state.windowEndLow, state.openerAt);
    state.openerAt = 0;
  }
  state.used = Math.max(state.used, state.limit - answer.remaining);
  if (state.windowHighMs > 0 && state.windowLowMs > state.windowHighMs + inFlightSlackMs) {
    return false;
  }
  state.windowLowMs = Math.min(state.windowLowMs, state.windowHighMs);
  return true;
}
