import { gcraAvailable, reserveGcra, setGcraAvailable } from './gcra.js';
import type { ObservedAnswer } from './observed-answer.js';
import { type PacingState, pacingMargin } from './pacing-state.js';
import { notYetCounted } from './send-log.js';

/** The refill interval of a token bucket: learned when possible, else one window over its quota. */
export function bucketIntervalMs(state: PacingState): number {
  if (state.ratePerMs > 0) {
    return pacingMargin / state.ratePerMs;
  }
  const windowMs = state.windowHighMs > 0 ? state.windowHighMs : 1000;
  return (windowMs * pacingMargin) / Math.max(1, state.limit);
}

/** Token bucket: a burst of `limit`, then one request per refill interval. */
export function reserveFromBucket(state: PacingState, now: number): number {
  const interval = bucketIntervalMs(state);
  const wait = reserveGcra(state, now, interval, Math.max(1, state.limit));
  if (wait > 0) {
    state.reason = `token bucket: paced at ${(1000 / interval).toFixed(1)} requests/s`;
  }
  return wait;
}

/**
 * Reconciles the model with the server's count. Requests the answer cannot have counted are taken
 * off the server's figure; a server that has a token or more than the model thinks (the learned rate
 * was low) lends it, one that has fewer (another client spent them) takes it back.
 */
export function observeBucket(state: PacingState, answer: ObservedAnswer): void {
  const interval = bucketIntervalMs(state);
  const burst = Math.max(1, state.limit);
  const server = answer.remaining - notYetCounted(state, answer.observedAt);
  const model = gcraAvailable(state, answer.observedAt, interval, burst);
  if (server >= model + 1 || server < model - 1 || answer.throttled) {
    setGcraAvailable(state, answer.observedAt, interval, burst, server);
  }
}
