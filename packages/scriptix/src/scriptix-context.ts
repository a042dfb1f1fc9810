import type { Sleep, Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/scriptix';
import type { Client } from 'openapi-fetch';

/** What every namespace of one client shares. Never exposed on the client object (it holds the key). */
export interface ScriptixContext {
  readonly api: Client<paths>;
  readonly transport: Transport;
  readonly baseUrl: string;
  readonly baseUrlV4: string;
  /** The key, for realtime sockets (handshake header or query); HTTP calls get it from the transport. */
  readonly apiKey: string;
  /** The caller's `fetch`, used for SAS uploads (which carry no key). */
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly pollInterval: number;
  readonly WebSocket: unknown;
}
