import { RequestAbortedError } from '../../errors/request-aborted-error.js';
import { resetAttempt } from '../call-state.js';
import type { StepDefinition } from '../compose-steps.js';
import { prepareRetry } from './prepare-retry.js';

/**
 * The `retry` step: runs attempts until one succeeds or `decideRetry` says stop. A plain loop, not
 * p-retry: every delay comes from the server's hint or our backoff and is slept on the injected
 * `sleep`, so p-retry's own timing, counting and abort handling would have nothing left to do.
 */
export const retryStep: StepDefinition = {
  name: 'retry',
  create: (runtime) => (next) => async (state) => {
    try {
      for (;;) {
        if (state.signal?.aborted) {
          throw new RequestAbortedError(undefined, { cause: state.signal.reason });
        }
        try {
          return await next(state);
        } catch (caught) {
          await prepareRetry(runtime, state, caught);
          resetAttempt(state);
        }
      }
    } catch (error) {
      runtime.stats.failures++;
      throw error;
    }
  },
};
