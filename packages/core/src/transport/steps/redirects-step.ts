import type { StepDefinition } from '../compose-steps.js';
import { fetchFollowingRedirects } from '../follow-redirects.js';
import { sendInit } from '../send-init.js';

/**
 * The `redirects` step: follows redirects by hand so credential headers are dropped on a
 * cross-origin hop; each hop goes through the send step. Left out in browsers, where fetch
 * follows redirects itself (and strips `Authorization` cross-origin).
 */
export const redirectsStep: StepDefinition = {
  name: 'redirects',
  create: (runtime) =>
    runtime.redirectMode === 'manual'
      ? (next) => (state) =>
          fetchFollowingRedirects(
            (url, init) => {
              state.url = url;
              state.init = init;
              return next(state);
            },
            state.url,
            state.init ?? sendInit(runtime, state),
            { maxRedirects: runtime.options.maxRedirects ?? 5, sensitiveHeaders: runtime.auth.headerNames },
          )
      : undefined,
};
