import type { PacingState } from './pacing-state.js';
import { acceptedBefore } from './send-log.js';

/** The shortest stretch between two known counts that a rate is learned from. */
const minimumSpanMs = 500;

/**
 * Learns a server's refill rate from conservation of tokens: between two answers whose count is
 * known (`remaining`, or 0 for a 429), the server refilled what it accepted plus the change in the
 * count. The error is about one request over the whole span, so the estimate sharpens the longer
 * the server stays busy. A count near `limit` means the bucket may have been full (refill lost), so
 * the span restarts there. This is what the AWS SDK's adaptive mode approximates with CUBIC; here
 * the rate is measured, not searched for.
 */
export function learnRate(state: PacingState, observedAt: number, remaining: number): void {
  const accepted = acceptedBefore(state, observedAt);
  const nearlyFull = state.limit > 0 && remaining >= state.limit - 1;
  if (state.anchorAt === 0 || nearlyFull || observedAt - state.anchorAt > 60_000) {
    state.anchorAt = observedAt;
    state.anchorRemaining = remaining;
    state.anchorAccepted = accepted;
    return;
  }
  const span = observedAt - state.anchorAt;
  if (span < minimumSpanMs) {
    return;
  }
  const rate = (remaining - state.anchorRemaining + accepted - state.anchorAccepted) / span;
  if (rate > 0) {
    state.ratePerMs = rate;
  }
}
