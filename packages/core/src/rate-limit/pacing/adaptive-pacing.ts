import { reserveGcra, setGcraAvailable } from './gcra.js';
import { learnRate } from './learn-rate.js';
import { type PacingState, pacingMargin } from './pacing-state.js';
import { notYetCounted } from './send-log.js';

/** Before a rate is learned, each 429 cuts the trial rate to this share (AWS adaptive mode uses 0.7). */
const backoffFactor = 0.8;
/** 429s this close together answer requests sent before the first of them was known. */
const throttleClusterMs = 50;

/**
 * The rate to send at when the server gives no counts: the measured rate (from 429 to 429, see
 * `learnRate`) with a small margin, creeping up 1 % a second since the last 429 (at most 10 %) so a
 * server that grants more is found; before a rate is measured, the trial rate grows 10 % a second.
 */
export function adaptiveRatePerMs(state: PacingState, now: number): number {
  const seconds = Math.max(0, now - state.lastThrottleAt) / 1000;
  if (state.ratePerMs > 0) {
    return (state.ratePerMs / pacingMargin) * (1 + Math.min(0.1, 0.01 * seconds));
  }
  return state.trialRatePerMs * Math.min(4, 1 + 0.1 * seconds);
}

/** Adaptive mode: one request per interval at the adaptive rate, no burst. */
export function reserveAdaptive(state: PacingState, now: number): number {
  const rate = adaptiveRatePerMs(state, now);
  if (rate <= 0) {
    return 0;
  }
  const wait = reserveGcra(state, now, 1 / rate, 1);
  if (wait > 0) {
    state.reason = `no rate-limit headers: 429s seen, paced at ${(rate * 1000).toFixed(1)} requests/s`;
  }
  return wait;
}

/**
 * A 429 from a server that sends no counts: its bucket is empty now. The first one starts pacing at
 * a share of the rate sent so far; later ones measure the server's rate from accepted requests.
 */
export function observeAdaptiveThrottle(state: PacingState, observedAt: number): void {
  if (state.lastThrottleAt === 0) {
    const elapsed = Math.max(100, observedAt - (state.firstSeenAt || observedAt));
    state.trialRatePerMs = (Math.max(1, state.sent - state.throttles) / elapsed) * backoffFactor;
  } else if (state.ratePerMs === 0) {
    state.trialRatePerMs *= backoffFactor;
  }
  if (observedAt - state.lastThrottleAt < throttleClusterMs) {
    // 429s for requests that were already on their way: the span to measure starts after the last of them.
    state.anchorAt = 0;
  }
  learnRate(state, observedAt, 0);
  const first = state.lastThrottleAt === 0;
  state.lastThrottleAt = observedAt;
  const rate = adaptiveRatePerMs(state, observedAt);
  // The server is empty now: whatever it has not counted yet comes out of the next refills. After a
  // first 429 the retry's own backoff is spacing enough; later ones also hold back the next send.
  setGcraAvailable(state, observedAt, 1 / rate, 1, (first ? 1 : 0) - notYetCounted(state, observedAt));
}
