import { reserveAdaptive } from './adaptive-pacing.js';
import { reserveFromBucket } from './bucket-pacing.js';
import type { PacingState } from './pacing-state.js';
import { recordSend } from './send-log.js';
import { reserveInWindow } from './window-pacing.js';

/** A reservation this close to a `Retry-After` time is taken to be the retry it was meant for. */
const retryCreditToleranceMs = 5;
/** A retry that has not come this long after its time is not coming: the credit lapses. */
const retryCreditLifetimeMs = 1000;

function modeWait(state: PacingState, now: number): number {
  switch (state.mode) {
    case 'window':
      return reserveInWindow(state, now);
    case 'bucket':
      return reserveFromBucket(state, now);
    case 'adaptive':
      return reserveAdaptive(state, now);
    default:
      return 0;
  }
}

/**
 * Reserves one request at `now`: returns 0 to send at once, or the wait in milliseconds, after which
 * the request is sent without asking again. The reservation is counted whatever the wait.
 */
export function reservePacing(state: PacingState, now: number): number {
  if (state.firstSeenAt === 0) {
    state.firstSeenAt = now;
  }
  if (state.mode === 'unknown' && state.blockedUntil <= now) {
    state.sent++;
    return 0;
  }
  state.reason = '';
  let wait = modeWait(state, now);
  if (state.retryCreditAt > 0 && now > state.retryCreditAt + retryCreditLifetimeMs) {
    state.retryCreditAt = 0;
  }
  if (state.retryCreditAt > 0 && now >= state.retryCreditAt - retryCreditToleranceMs) {
    // The retry of the answer that carried Retry-After: it goes now, as the server said.
    state.retryCreditAt = 0;
    wait = 0;
  } else if (state.blockedUntil > now + wait) {
    wait = state.blockedUntil - now;
    state.reason = 'the server sent Retry-After';
  }
  recordSend(state, now + wait, now);
  return wait;
}
