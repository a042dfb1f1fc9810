import { emptyPacingState, type PacingState } from '@conduit/core';

/** The longest a budget is kept past the moment it stops mattering. */
const maxExtensionMs = 604_800_000;

/** Decodes a stored budget; anything unreadable (another version, a foreign value) is a fresh one. */
export function decodePacing(text: string): PacingState {
  if (text === '') {
    return emptyPacingState();
  }
  try {
    const value = JSON.parse(text) as Partial<PacingState>;
    return typeof value === 'object' && value !== null && typeof value.mode === 'string'
      ? { ...emptyPacingState(), ...value }
      : emptyPacingState();
  } catch {
    return emptyPacingState();
  }
}

/** Encodes a budget for storage. The wait reason is process-local and not stored. */
export function encodePacing(state: PacingState): string {
  return JSON.stringify({ ...state, reason: '' });
}

/** Time to live: `idleTtlMs` after the budget stops mattering (block, queue, window and reset all past). */
export function pacingTtlMs(state: PacingState, now: number, idleTtlMs: number): number {
  const relevantUntil = Math.max(state.blockedUntil, state.nextSendAt, state.windowEnd, state.retryCreditAt, now);
  return Math.ceil(idleTtlMs + Math.min(relevantUntil - now, maxExtensionMs));
}
