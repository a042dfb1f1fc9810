import { redact } from '../redaction/redact.js';
import type { CallState } from './call-state.js';
import type { CallInfo, TransportEvent } from './middleware.js';
import type { TransportRuntime } from './transport-runtime.js';

/** The call's `CallInfo`, built on first use (only when middleware is registered). */
export function callInfo(runtime: TransportRuntime, state: CallState): CallInfo {
  state.info ??= {
    id: crypto.randomUUID(),
    provider: runtime.provider,
    operationId: runtime.options.operationId?.(state.template),
    bucket: state.bucket,
    method: state.template.method.toUpperCase(),
    url: redact(state.templateUrl),
    startedAt: state.startedAt,
  };
  return state.info;
}

/** True when some middleware of this call observes events (so events are worth building). */
export function hasObservers(state: CallState): boolean {
  return state.middleware.some((middleware) => middleware.onEvent !== undefined);
}

/**
 * Hands an event to every observer. Never awaited: an observer that throws, or returns a promise
 * that rejects, cannot break or slow the call.
 */
export function emitEvent(state: CallState, event: TransportEvent): void {
  for (const middleware of state.middleware) {
    if (middleware.onEvent === undefined) {
      continue;
    }
    try {
      const result: unknown = middleware.onEvent(event);
      if (result instanceof Promise) {
        result.catch(() => undefined);
      }
    } catch {
      // An observer's failure is its own.
    }
  }
}
