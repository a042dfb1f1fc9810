import { APITimeoutError } from '../../errors/api-timeout-error.js';
import { createAttemptSignal } from '../attempt-signal.js';
import { callHost } from '../call-state.js';
import type { StepDefinition } from '../compose-steps.js';

/**
 * The `attemptSignal` step: refuses an attempt once the call's deadline has passed, and gives the
 * attempt one signal that fires on the caller's signal, the per-attempt timeout or the deadline
 * (whichever comes first). It covers reading the answer's body too; its timer is cleared after.
 */
export const attemptSignalStep: StepDefinition = {
  name: 'attemptSignal',
  create: (runtime) => (next) => async (state) => {
    const remaining = state.deadlineAt === undefined ? undefined : state.deadlineAt - runtime.now();
    if (remaining !== undefined && remaining <= 0) {
      throw new APITimeoutError(`${state.method} to ${callHost(state)} exceeded its deadline of ${state.deadlineMs} ms`, {
        retryable: false,
      });
    }
    const attemptSignal = createAttemptSignal(state.signal, state.timeoutMs, remaining);
    state.attemptSignal = attemptSignal;
    try {
      return await next(state);
    } finally {
      attemptSignal.dispose();
    }
  },
};
