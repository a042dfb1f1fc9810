import type { CallState } from './call-state.js';
import type { HopInit } from './follow-redirects.js';
import type { TransportRuntime } from './transport-runtime.js';

/** The fetch `init` of the current attempt: fetch builds its own Request from (url, init), so no second Request is built here. */
export function sendInit(runtime: TransportRuntime, state: CallState): HopInit {
  return {
    method: state.method,
    headers: state.headers ?? new Headers(state.template.headers),
    body: state.body ?? null,
    signal: state.attemptSignal?.signal ?? null,
    redirect: runtime.redirectMode,
    duplex: 'half',
  } as HopInit;
}
