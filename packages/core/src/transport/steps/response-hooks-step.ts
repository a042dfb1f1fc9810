import type { StepDefinition } from '../compose-steps.js';
import { responseHookContext, runHook } from '../hook-context.js';

/**
 * The `responseHooks` step: every middleware's `onResponse`, in reverse registration order, on the
 * attempt's answer (any status) before it is observed for rate limits and classified. A hook may
 * return a replacement `Response`.
 */
export const responseHooksStep: StepDefinition = {
  name: 'responseHooks',
  hooks: true,
  create: (runtime) => (next) => async (state) => {
    let response = await next(state);
    const request = state.request ?? state.template;
    for (let index = state.middleware.length - 1; index >= 0; index--) {
      const middleware = state.middleware[index];
      if (middleware?.onResponse === undefined) {
        continue;
      }
      const context = responseHookContext(runtime, state, request, response);
      const replaced = await runHook(middleware, 'onResponse', () => middleware.onResponse?.(context));
      if (replaced instanceof Response) {
        response = replaced;
      }
    }
    return response;
  },
};
