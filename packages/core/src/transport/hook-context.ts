import { ConduitError } from '../errors/conduit-error.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import type { CallState } from './call-state.js';
import { callInfo } from './emit-event.js';
import type { CallInfo, ErrorHookContext, Middleware, RequestHookContext, ResponseHookContext } from './middleware.js';
import type { TransportRuntime } from './transport-runtime.js';

/**
 * What every hook of one attempt is told. `call` is built on first read (a fresh id and a redacted
 * URL cost more than the rest of the context), so a response-only hook such as api.video's pays nothing for it.
 */
class AttemptHookContext implements RequestHookContext {
  readonly attempt: number;
  readonly rateLimit: RateLimitState | undefined;
  readonly #runtime: TransportRuntime;
  readonly #state: CallState;

  constructor(
    runtime: TransportRuntime,
    state: CallState,
    readonly request: Request,
    readonly response?: Response,
    readonly error?: ConduitError,
  ) {
    this.#runtime = runtime;
    this.#state = state;
    this.attempt = state.attempt;
    this.rateLimit = runtime.lastRateLimit.get(state.limiterKey);
  }

  get call(): CallInfo {
    return callInfo(this.#runtime, this.#state);
  }
}

/** The context of `onRequest`: the call, the attempt's request, its number and the bucket's last rate-limit state. */
export function requestHookContext(runtime: TransportRuntime, state: CallState, request: Request): RequestHookContext {
  return new AttemptHookContext(runtime, state, request);
}

/** The context of `onResponse`: the same plus the attempt's answer. */
export function responseHookContext(
  runtime: TransportRuntime,
  state: CallState,
  request: Request,
  response: Response,
): ResponseHookContext {
  return new AttemptHookContext(runtime, state, request, response) as ResponseHookContext;
}

/** The context of `onError`: the same plus the typed error. */
export function errorHookContext(runtime: TransportRuntime, state: CallState, request: Request, error: ConduitError): ErrorHookContext {
  return new AttemptHookContext(runtime, state, request, undefined, error) as ErrorHookContext;
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
