import { apiKeyHeader, type ProviderDefinition } from '@conduit/core';
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
  // Every operation carries `x-conduit-bucket: default`: limits are per team, one budget.
  bucket: () => 'default',
};
