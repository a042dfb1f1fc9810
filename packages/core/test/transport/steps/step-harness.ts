import { none } from '../../../src/auth/none.js';
import { type CallState, createCallState } from '../../../src/transport/call-state.js';
import type { Handler, StepDefinition } from '../../../src/transport/compose-steps.js';
import type { CallOptions, TransportOptions } from '../../../src/transport/transport-options.js';
import { createTransportRuntime, type TransportRuntime } from '../../../src/transport/transport-runtime.js';

/** One step on its own: a runtime, a call's state, and `run(next)` to push the state through the step. */
export function stepHarness(
  step: StepDefinition,
  options: Partial<TransportOptions> = {},
  call: CallOptions = {},
  input: string | Request = 'https://api.example.com/v1/items',
): { runtime: TransportRuntime; state: CallState; run(next: Handler): Promise<Response> } {
  const runtime = createTransportRuntime({ provider: 'test', auth: none(), ...options });
  const state = createCallState(runtime, input, undefined, call);
  const created = step.create(runtime);
  if (!created) {
    throw new Error(`step ${step.name} left itself out`);
  }
  return { runtime, state, run: (next) => created(next)(state) };
}

/** A next handler that answers 200 and records each state it saw. */
export function answering(response: () => Response = () => new Response('{}', { status: 200 })): Handler & { seen: number } {
  const handler = Object.assign(
    async () => {
      handler.seen++;
      return response();
    },
    { seen: 0 },
  );
  return handler;
}
