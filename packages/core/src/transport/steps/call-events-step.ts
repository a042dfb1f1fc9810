import { APIError } from '../../errors/api-error.js';
import { ConduitError } from '../../errors/conduit-error.js';
import type { StepDefinition } from '../compose-steps.js';
import { callInfo, emitEvent, hasObservers } from '../emit-event.js';

/** The `callEvents` step: `call:start` and `call:end` for observers (`onEvent`); only in calls that have middleware. */
export const callEventsStep: StepDefinition = {
  name: 'callEvents',
  hooks: true,
  create: (runtime) => (next) => async (state) => {
    if (!hasObservers(state)) {
      return next(state);
    }
    const call = callInfo(runtime, state);
    emitEvent(state, { type: 'call:start', call });
    const end = (status: number | undefined, error: ConduitError | undefined) =>
      emitEvent(state, { type: 'call:end', call, attempts: state.attempt, durationMs: runtime.now() - state.startedAt, status, error });
    try {
      const response = await next(state);
      end(response.status, undefined);
      return response;
    } catch (error) {
      const typed = ConduitError.isInstance(error) ? error : undefined;
      end(APIError.isInstance(error) ? error.status : undefined, typed);
      throw error;
    }
  },
};
