import { ConduitError } from '../../errors/conduit-error.js';
import { callHost } from '../call-state.js';
import { classifyFetchError } from '../classify-fetch-error.js';
import type { StepDefinition } from '../compose-steps.js';

/**
 * The `classify` step, the one place a failure becomes a typed error: whatever the steps below
 * throw that is not already a Conduit error (fetch's `TypeError`, an abort while reading the body,
 * a socket error from the Node sender) is classified by why the attempt's signal fired, if it did.
 * A failure that provably happened before sending is marked for `decideRetry`.
 */
export const classifyStep: StepDefinition = {
  name: 'classify',
  create: () => (next) => async (state) => {
    try {
      return await next(state);
    } catch (error) {
      if (ConduitError.isInstance(error)) {
        throw error;
      }
      const cause = state.attemptSignal?.cause() ?? (state.signal?.aborted ? 'caller' : undefined);
      const classified = classifyFetchError(error, cause, { method: state.method, host: callHost(state), timeoutMs: state.timeoutMs });
      state.notSent = classified.notSent;
      throw classified.error;
    }
  },
};
