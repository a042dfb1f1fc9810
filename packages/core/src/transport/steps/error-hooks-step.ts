import { ConduitError } from '../../errors/conduit-error.js';
import type { StepDefinition } from '../compose-steps.js';
import { errorHookContext, runHook } from '../hook-context.js';
import { readAnswer } from '../read-answer.js';

/**
 * The `errorHooks` step: when an attempt failed with a typed error (network, timeout, non-2xx),
 * every middleware's `onError` in reverse registration order; the first that returns a `Response`
 * recovers the attempt, and that answer is read like any other (a non-2xx one throws its own error).
 */
export const errorHooksStep: StepDefinition = {
  name: 'errorHooks',
  hooks: true,
  create: (runtime) => (next) => async (state) => {
    try {
      return await next(state);
    } catch (error) {
      if (!ConduitError.isInstance(error)) {
        throw error;
      }
      const request = state.request ?? state.template;
      for (let index = state.middleware.length - 1; index >= 0; index--) {
        const middleware = state.middleware[index];
        if (middleware?.onError === undefined) {
          continue;
        }
        const context = errorHookContext(runtime, state, request, error);
        const recovered = await runHook(middleware, 'onError', () => middleware.onError?.(context));
        if (recovered instanceof Response) {
          return readAnswer(runtime, state, recovered);
        }
      }
      throw error;
    }
  },
};
