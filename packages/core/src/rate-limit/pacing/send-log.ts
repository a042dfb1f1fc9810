import { inFlightSlackMs, type PacingState } from './pacing-state.js';

/** How long a send time is kept after it passed: answers older than this are not reconciled. */
const keepMs = 2000;

/** Records a reservation that will be sent at `sendAt`, and forgets sends long past. */
export function recordSend(state: PacingState, sendAt: number, now: number): void {
  state.sent++;
  const pending = state.pendingSends;
  let drop = 0;
  while (drop < pending.length && pending[drop]! < now - keepMs) {
    drop++;
  }
  if (drop > 0 || pending.length >= 512) {
    pending.splice(0, Math.max(drop, pending.length - 511));
  }
  pending.push(sendAt);
}

/** Reservations an answer observed at `observedAt` cannot have counted: sent just before it, or not sent yet. */
export function notYetCounted(state: PacingState, observedAt: number): number {
  let count = 0;
  for (const sendAt of state.pendingSends) {
    if (sendAt > observedAt - inFlightSlackMs) {
      count++;
    }
  }
  return count;
}

/** Requests the server accepted up to `observedAt`, as far as our own totals tell. */
export function acceptedBefore(state: PacingState, observedAt: number): number {
  return state.sent - state.throttles - notYetCounted(state, observedAt);
}
