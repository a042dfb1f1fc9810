import { ConduitError } from '../../errors/conduit-error.js';
import { redact } from '../../redaction/redact.js';
import { decideRetry } from '../../retry/decide-retry.js';
import type { CallState } from '../call-state.js';
import { callInfo, emitEvent, hasObservers } from '../emit-event.js';
import type { TransportRuntime } from '../transport-runtime.js';

/** Between a failed attempt and the next: ask `decideRetry`, tell `onRetry` and observers, then refresh or sleep. */
export async function prepareRetry(runtime: TransportRuntime, state: CallState, caught: unknown): Promise<void> {
  if (!ConduitError.isInstance(caught)) {
    throw caught;
  }
  const error = caught;
  error.attempts = state.attempt;
  const remainingMs = state.deadlineAt === undefined ? undefined : state.deadlineAt - runtime.now();
  const decision = decideRetry(
    error,
    {
      retriesUsed: state.retriesUsed,
      maxRetries: state.maxRetries,
      repeatable: state.repeatable,
      notSent: state.notSent,
      remainingMs,
      aborted: state.signal?.aborted === true,
      canRefreshAuth: runtime.auth.refresh !== undefined && !state.authRefreshed,
    },
    runtime.policy,
  );
  if (!decision.retry) {
    if (decision.why === 'unsafe-method') {
      runtime.log?.(`not retrying ${state.method}: it may have reached the server; pass { idempotent: true } if it is safe to repeat`);
    }
    throw error;
  }
  const { delayMs, reason } = decision;
  const url = redact(state.templateUrl);
  if (runtime.options.onRetry?.({ error, attempt: state.attempt, delayMs, method: state.method, url }) === false) {
    throw error;
  }
  if (hasObservers(state)) {
    emitEvent(state, { type: 'retry', call: callInfo(runtime, state), attempt: state.attempt, delayMs, reason, error });
  }
  if (decision.refreshAuth) {
    // Not a retry in the count: the same attempt again with fresh credentials.
    state.authRefreshed = true;
    await runtime.auth.refresh?.(state.authContext);
  } else {
    state.retriesUsed++;
    runtime.stats.retries++;
    state.skipPacing = reason === 'retry-after';
    runtime.log?.(`retrying ${state.method} ${url} in ${delayMs} ms after ${error.name} (${reason})`);
    if (delayMs > 0) {
      await runtime.sleep(delayMs, state.signal);
    }
  }
  state.attempt++;
}
