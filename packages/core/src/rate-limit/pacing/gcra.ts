import type { PacingState } from './pacing-state.js';

/**
 * Generic cell rate algorithm: reserves the next send at `intervalMs` spacing with a burst of
 * `burst` requests, returning the wait. `nextSendAt` is the theoretical arrival time.
 */
export function reserveGcra(state: PacingState, now: number, intervalMs: number, burst: number): number {
  const tolerance = Math.max(0, burst - 1) * intervalMs;
  const theoretical = Math.max(state.nextSendAt, now);
  const sendAt = Math.max(now, theoretical - tolerance);
  state.nextSendAt = theoretical + intervalMs;
  return sendAt - now;
}

/** Requests the GCRA model would let go at once at `at` (negative: that many are queued). */
export function gcraAvailable(state: PacingState, at: number, intervalMs: number, burst: number): number {
  return burst - Math.max(0, state.nextSendAt - at) / intervalMs;
}

/** Sets the GCRA model so that `available` requests could go at once at `at`. */
export function setGcraAvailable(state: PacingState, at: number, intervalMs: number, burst: number, available: number): void {
  state.nextSendAt = at + (burst - available) * intervalMs;
}
