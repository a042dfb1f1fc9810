import type { CallState } from './call-state.js';
import type { TransportRuntime } from './transport-runtime.js';

/** Runs the rest of the pipeline for one call (or one attempt, below the retry step). */
export type Handler = (state: CallState) => Promise<Response>;

/** One step wraps the next handler; built once per transport, so a call allocates no step closures. */
export type Step = (next: Handler) => Handler;

/** A named step; `create` returns `undefined` when the step has nothing to do for this transport (it is left out). */
export interface StepDefinition {
  readonly name: string;
  /** Runs middleware: part of the pipeline only for calls that have some, so calls without pay nothing for it. */
  readonly hooks?: boolean;
  readonly create: (runtime: TransportRuntime) => Step | undefined;
}

/**
 * Composes steps around a terminal handler, first step outermost, as the AWS SDK v3 middleware
 * stack does (`(next) => (args) => ...`): a step may call `next` again (the retry step does).
 * Hook steps are included only with `hooks: true`; steps named in `skip` are left out (the
 * overhead bench measures each step's cost this way).
 */
export function composeSteps(
  steps: readonly StepDefinition[],
  terminal: Handler,
  runtime: TransportRuntime,
  choice: { hooks: boolean; skip?: readonly string[] | undefined },
): Handler {
  let handler = terminal;
  for (let index = steps.length - 1; index >= 0; index--) {
    const definition = steps[index] as StepDefinition;
    const wanted = (choice.hooks || !definition.hooks) && !choice.skip?.includes(definition.name);
    const step = wanted ? definition.create(runtime) : undefined;
    if (step) {
      handler = step(handler);
    }
  }
  return handler;
}
