import type { StepDefinition } from '../compose-steps.js';

/** The `auth` step: the strategy sets its credential headers; awaited only when it answers with a promise (a token exchange). */
export const authStep: StepDefinition = {
  name: 'auth',
  create:
    ({ auth }) =>
    (next) =>
    (state) => {
      state.headers ??= new Headers(state.template.headers);
      const applied = auth.apply(state.headers, state.authContext);
      return applied ? applied.then(() => next(state)) : next(state);
    },
};
