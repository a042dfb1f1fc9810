import type { Sleep, Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/hesedvid';
import type { Client } from 'openapi-fetch';

/** What the resource namespaces share: the raw client, the transport and the client's scope. */
export interface HesedVidContext {
  readonly api: Client<paths>;
  readonly transport: Transport;
  /** The checked base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The organization every path is scoped to. */
  readonly orgId: string;
  /** The default environment of uploads and environment video lists. */
  readonly environment: string | undefined;
  /** The caller's `fetch` option, used for signed-URL uploads (no API key is sent there). */
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly now: () => number;
  readonly sleep: Sleep | undefined;
}
