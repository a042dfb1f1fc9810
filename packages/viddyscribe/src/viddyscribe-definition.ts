import { apiKeyHeader, createOperationRouting, type ProviderDefinition } from '@conduit/core';
import { viddyScribeRoutes } from '@conduit/specs/viddyscribe';
import { parseViddyScribeError } from './viddyscribe-error.js';
import { defaultViddyScribeBaseUrl, viddyscribeEnvironmentVariable, viddyscribeKeyFormatSchema } from './viddyscribe-options.js';

/** What `@conduit/core` needs to know about ViddyScribe. */
export const viddyscribeDefinition: ProviderDefinition = {
  id: 'viddyscribe',
  name: 'ViddyScribe',
  environmentVariable: viddyscribeEnvironmentVariable,
  defaultBaseUrl: defaultViddyScribeBaseUrl,
  keyFormat: viddyscribeKeyFormatSchema,
  keyFormatDescription: '`vsk_` followed by the rest of the key',
  auth: apiKeyHeader('X-API-Key'),
  parseError: parseViddyScribeError,
  // Bucket and operationId from the generated operation table (the base URL is configurable: matched by suffix).
  ...createOperationRouting(viddyScribeRoutes),
};
