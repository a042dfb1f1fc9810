import { ConduitError } from '../errors/conduit-error.js';
import type { CallState } from './call-state.js';
import { callInfo } from './emit-event.js';
import type { Middleware, RequestHookContext } from './middleware.js';
import type { TransportRuntime } from './transport-runtime.js';

/** What every hook of one attempt is told: the call, the attempt's request, its number and the bucket's last rate-limit state. */
export function hookContext(runtime: TransportRuntime, state: CallState, request: Request): RequestHookContext {
  return {
    call: callInfo(runtime, state),
    request,
    attempt: state.attempt,
    rateLimit: runtime.lastRateLimit.get(state.limiterKey),
  };
}

/**
 * Runs one hook. A Conduit error it throws stands as thrown; anything else is wrapped in a
 * `ConduitError` naming the middleware, so a bug in a hook is never mistaken for a network failure.
 */
export async function runHook<T>(middleware: Middleware, phase: string, hook: () => T | Promise<T>): Promise<T> {
  try {
    return await hook();
  } catch (error) {
    if (ConduitError.isInstance(error)) {
      throw error;
    }
    throw new ConduitError(`middleware "${middleware.name ?? 'anonymous'}" failed in ${phase}`, { cause: error });
  }
}
