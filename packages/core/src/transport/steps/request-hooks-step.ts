import type { StepDefinition } from '../compose-steps.js';
import { requestHookContext, runHook } from '../hook-context.js';

/**
 * The `requestHooks` step: every middleware's `onRequest`, in registration order, each seeing the
 * request the previous one returned. The final request's URL, method, headers (and body, when a
 * hook replaced the request) are what the attempt sends.
 */
export const requestHooksStep: StepDefinition = {
  name: 'requestHooks',
  hooks: true,
  create: (runtime) => (next) => async (state) => {
    // Middleware with only response/error hooks or observers (api.video's) costs no Request here.
    if (!state.middleware.some((middleware) => middleware.onRequest !== undefined)) {
      return next(state);
    }
    const original = new Request(state.url, {
      method: state.method,
      headers: state.headers,
      body: state.body ?? null,
      signal: state.attemptSignal?.signal ?? null,
    });
    let request = original;
    for (const middleware of state.middleware) {
      if (middleware.onRequest === undefined) {
        continue;
      }
      const context = requestHookContext(runtime, state, request);
      const replaced = await runHook(middleware, 'onRequest', () => middleware.onRequest?.(context));
      if (replaced instanceof Request) {
        request = replaced;
      }
    }
    state.request = request;
    state.url = request.url;
    state.method = request.method.toUpperCase();
    state.headers = new Headers(request.headers);
    if (request !== original && state.replayable === undefined) {
      state.body = request.body === null ? null : await request.blob();
    }
    return next(state);
  },
};
