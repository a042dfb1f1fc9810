import { RequestAbortedError } from '../../errors/request-aborted-error.js';
import type { StepDefinition } from '../compose-steps.js';

/** The `concurrency` step: holds one of `maxConcurrency` slots for the whole attempt (body read included). Left out without `maxConcurrency`. */
export const concurrencyStep: StepDefinition = {
  name: 'concurrency',
  create: ({ concurrency }) =>
    concurrency &&
    ((next) => async (state) => {
      let release: () => void;
      try {
        release = await concurrency.acquire(state.signal);
      } catch (reason) {
        throw new RequestAbortedError(undefined, { cause: reason });
      }
      try {
        return await next(state);
      } finally {
        release();
      }
    }),
};
