import type { Sleep, Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/viddyscribe';
import type { Client } from 'openapi-fetch';

/** The raw typed openapi-fetch client for the ViddyScribe spec. */
export type ViddyScribeApi = Client<paths>;

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
  /** The client-wide `signal` option: the transport ends requests on it, this ends the waits between polls. */
  readonly signal: AbortSignal | undefined;
}

/** The signal that ends a wait between polls: the call's own joined with the client-wide one. */
export function waitSignal(context: ViddyScribeContext, signal: AbortSignal | undefined): AbortSignal | undefined {
  if (!context.signal || !signal) {
    return signal ?? context.signal;
  }
  return AbortSignal.any([context.signal, signal]);
}
