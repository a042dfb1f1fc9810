import type { Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/apivideo';
import type { Client } from 'openapi-fetch';
import type { ApiVideoClientOptions } from './apivideo-options.js';

/** What every resource namespace of one client shares. */
export interface ApiVideoContext {
  /** The raw typed client on the shared transport. */
  api: Client<paths>;
  transport: Transport;
  /** Base URL without a trailing slash. */
  baseUrl: string;
  /** `production`, `sandbox`, or the custom base URL, for messages. */
  target: string;
  /** The options the client was created with (delegated uploads reuse fetch, retries and clock). */
  options: ApiVideoClientOptions;
}
