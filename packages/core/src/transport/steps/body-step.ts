import type { StepDefinition } from '../compose-steps.js';

/**
 * The `body` step: reads the request body into a Blob once per call, so every attempt and
 * redirect hop sends the same Blob (no stream tee per attempt; fetch sends a known length).
 * A `ReplayableBody` is never read here: the send step re-opens it for each send.
 */
export const bodyStep: StepDefinition = {
  name: 'body',
  create: () => (next) => (state) => {
    if (state.body !== undefined) {
      return next(state);
    }
    return state.template.blob().then((blob) => {
      state.body = blob;
      return next(state);
    });
  },
};
