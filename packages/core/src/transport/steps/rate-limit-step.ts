import { RateLimitError } from '../../errors/rate-limit-error.js';
import type { CallState } from '../call-state.js';
import type { StepDefinition } from '../compose-steps.js';
import { callInfo, emitEvent, hasObservers } from '../emit-event.js';
import type { TransportRuntime } from '../transport-runtime.js';

/** Waits longer than this reach `onRateLimit` too, so no long wait is silent. */
const reportedWaitMs = 1000;

/** The store's own word for why a reservation waits, else `limiter`. */
function waitReason(runtime: TransportRuntime, key: string): string {
  try {
    return runtime.store.reason?.(key) || 'limiter';
  } catch {
    return 'limiter';
  }
}

/** Awaits a reservation the store could not answer at once (or a wait it asked for), then sleeps it out. */
async function pace(runtime: TransportRuntime, state: CallState, reserved: number | Promise<number>): Promise<void> {
  let wait = 0;
  try {
    wait = await reserved;
  } catch (error) {
    // A failing store never fails a request: it only loses pacing for this call.
    runtime.log?.(`rate-limit store failed (${error instanceof Error ? error.name : 'error'}); sending without pacing`);
  }
  if (wait <= 0 || state.skipPacing) {
    return;
  }
  const { provider } = runtime;
  const remaining = state.deadlineAt === undefined ? undefined : state.deadlineAt - runtime.now();
  if (wait > runtime.policy.maxRetryAfter || (remaining !== undefined && wait >= remaining)) {
    throw new RateLimitError(
      `${provider} rate limit for "${state.bucket}" is spent for another ${Math.ceil(wait / 1000)} s (beyond maxRetryAfter or the deadline); not sending.`,
      { status: 429, provider, retryAfterMs: wait, method: state.method, url: state.templateUrl },
    );
  }
  const reason = waitReason(runtime, state.limiterKey);
  if (hasObservers(state)) {
    emitEvent(state, { type: 'rate-limit:wait', call: callInfo(runtime, state), waitMs: wait, reason });
  }
  if (wait > reportedWaitMs) {
    const last = runtime.lastRateLimit.get(state.limiterKey) ?? { observedAt: runtime.now() };
    runtime.options.onRateLimit?.({ provider, bucket: state.bucket, state: last, status: 0, waitMs: wait, reason });
  }
  runtime.log?.(`waiting ${wait} ms for the "${state.bucket}" budget (${reason})`);
  await runtime.sleep(wait, state.signal);
}

/**
 * The `rateLimit` step: reserves one request in the store before each attempt and waits when it
 * says so. When the store answers "send now" synchronously, nothing is awaited. After a retry
 * governed by an explicit `Retry-After`, the slot is reserved but not waited for (the hint governs).
 */
export const rateLimitStep: StepDefinition = {
  name: 'rateLimit',
  create: (runtime) => (next) => (state) => {
    let reserved: number | Promise<number>;
    try {
      reserved = runtime.store.reserve(state.limiterKey, runtime.now());
    } catch (error) {
      reserved = Promise.reject(error);
    }
    if (typeof reserved === 'number' && (reserved <= 0 || state.skipPacing)) {
      state.skipPacing = false;
      return next(state);
    }
    return pace(runtime, state, reserved).then(() => {
      state.skipPacing = false;
      return next(state);
    });
  },
};
