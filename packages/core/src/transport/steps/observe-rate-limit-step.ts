import { parseRateLimitHeaders } from '../../rate-limit/parse-rate-limit-headers.js';
import type { CallState } from '../call-state.js';
import type { StepDefinition } from '../compose-steps.js';
import { mayCarryRateLimit } from '../may-carry-rate-limit.js';
import type { TransportRuntime } from '../transport-runtime.js';

/** Reads the answer's rate-limit headers (the one call of the parser) and hands them to the store. */
function observe(runtime: TransportRuntime, state: CallState, response: Response): Response | Promise<Response> {
  // A 429 always yields a state (the limiter adapts to servers that send no header); anything else only with a header.
  const { status, headers } = response;
  const rateLimit = status === 429 || mayCarryRateLimit(headers) ? parseRateLimitHeaders(headers, runtime.now(), status) : undefined;
  state.rateLimit = rateLimit;
  if (rateLimit === undefined) {
    return response;
  }
  runtime.lastRateLimit.set(state.limiterKey, rateLimit);
  if (response.status === 429 || rateLimit.remaining === 0) {
    runtime.options.onRateLimit?.({ provider: runtime.provider, bucket: state.bucket, state: rateLimit, status: response.status });
  }
  let updated: void | Promise<void>;
  try {
    updated = runtime.store.update(state.limiterKey, rateLimit);
  } catch {
    return response;
  }
  // A failing store never fails a request; an asynchronous one (Redis) is awaited so the next call sees the update.
  return updated === undefined
    ? response
    : Promise.resolve(updated).then(
        () => response,
        () => response,
      );
}

/** The `observeRateLimit` step: every answer, success or error, updates its bucket's budget. */
export const observeRateLimitStep: StepDefinition = {
  name: 'observeRateLimit',
  create: (runtime) => (next) => (state) => next(state).then((response) => observe(runtime, state, response)),
};
