import type { CallOptions, Sleep, Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/viddyscribe';
import type { Client } from 'openapi-fetch';

/** The raw typed openapi-fetch client for the ViddyScribe spec. */
export type ViddyScribeApi = Client<paths>;

/** Options that change how one call is sent. */
export type RequestOptions = Pick<CallOptions, 'signal' | 'timeout' | 'idempotent'>;

/** Names of `RequestOptions`, for unknown-option checks. */
export const requestOptionKeys = ['signal', 'timeout', 'idempotent'] as const;

/** What the namespaces share: the raw client, the transport and the resolved settings. */
export interface ViddyScribeContext {
  readonly api: ViddyScribeApi;
  readonly transport: Transport;
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly pollInterval: number;
  readonly uploadReadyTimeout: number;
  readonly linkMaxAge: number;
  /** The caller's fetch, reused for signed-URL PUTs. */
  readonly fetch: typeof globalThis.fetch | undefined;
  /** The client-wide `signal` option, which also ends waits between polls. */
  readonly signal: AbortSignal | undefined;
}

/** One call's signal joined with the client-wide one, so a wait between polls also ends on either. */
export function joinSignals(context: ViddyScribeContext, signal: AbortSignal | undefined): AbortSignal | undefined {
  if (!context.signal || !signal) {
    return signal ?? context.signal;
  }
  return AbortSignal.any([context.signal, signal]);
}

/** The transport bound to one call's options, for openapi-fetch's per-request `fetch`. */
export function callFetch(context: ViddyScribeContext, options: RequestOptions & { deadline?: number | undefined } = {}) {
  return context.transport.with({
    signal: options.signal,
    timeout: options.timeout,
    idempotent: options.idempotent,
    deadline: options.deadline,
  });
}
