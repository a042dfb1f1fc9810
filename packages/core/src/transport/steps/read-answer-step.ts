import type { StepDefinition } from '../compose-steps.js';
import { readAnswer } from '../read-answer.js';

/** The `readAnswer` step: counts and logs the attempt, then turns its answer into a buffered 2xx or a typed error. */
export const readAnswerStep: StepDefinition = {
  name: 'readAnswer',
  create: (runtime) => (next) => (state) => {
    runtime.stats.attempts++;
    runtime.log?.(`→ ${state.method} ${state.templateUrl} (attempt ${state.attempt})`);
    return next(state).then((response) => {
      runtime.log?.(`← ${response.status} ${state.method} ${state.templateUrl}`);
      return readAnswer(runtime, state, response);
    });
  },
};
