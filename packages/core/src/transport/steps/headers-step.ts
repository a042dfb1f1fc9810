import type { CallState } from '../call-state.js';
import type { StepDefinition } from '../compose-steps.js';
import { isBrowser } from '../is-browser.js';
import type { TransportRuntime } from '../transport-runtime.js';

/** The attempt's headers: the request's own, the client's defaults under them, then user agent, attempt count and idempotency key. */
export function buildHeaders(runtime: TransportRuntime, state: CallState): Headers {
  const { options, attemptHeader } = runtime;
  const headers = new Headers(state.template.headers);
  if (state.call.headers) {
    for (const [name, value] of Object.entries(state.call.headers)) {
      headers.set(name, value);
    }
  }
  if (options.headers) {
    for (const [name, value] of Object.entries(options.headers)) {
      if (!headers.has(name)) {
        headers.set(name, value);
      }
    }
  }
  if (options.userAgent && !isBrowser()) {
    headers.set('user-agent', options.userAgent);
  }
  if (attemptHeader) {
    headers.set(attemptHeader, String(state.attempt - 1));
  }
  if (state.idempotencyKey && options.idempotencyKeyHeader) {
    headers.set(options.idempotencyKeyHeader, state.idempotencyKey);
  }
  return headers;
}

/** The `headers` step: builds each attempt's headers afresh (the template's are never mutated). */
export const headersStep: StepDefinition = {
  name: 'headers',
  create: (runtime) => (next) => (state) => {
    state.headers = buildHeaders(runtime, state);
    return next(state);
  },
};
