import type { Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/genai';
import type { Client } from 'openapi-fetch';

/** What every GenAI method is built on: the raw client, its transport and the client's settings. */
export interface GenAIContext {
  /** The raw openapi-fetch client (`client.api`). */
  api: Client<paths>;
  /** The shared transport. */
  transport: Transport;
  /** Whether request bodies are checked before sending. */
  validate: boolean;
}
