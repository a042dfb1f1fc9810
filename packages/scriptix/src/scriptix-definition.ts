import { apiKeyHeader, bearer, ConfigurationError, createOperationRouting, type ProviderDefinition } from '@conduit/core';
import { scriptixRoutes } from '@conduit/specs/scriptix';
import { parseScriptixError } from './scriptix-error.js';
import {
  scriptixDefaultBaseUrl,
  scriptixEnvironmentVariable,
  scriptixKeyFormatDescription,
  scriptixKeyFormatSchema,
} from './scriptix-options.js';

const routing = createOperationRouting(scriptixRoutes);

/**
 * Scriptix as core sees it: the key sent as `Authorization: Bearer` or `x-zoom-s2t-key` (the
 * spec's two schemes), bucket and operationId from the generated operation table.
 */
export function scriptixDefinition(authHeader: unknown): ProviderDefinition {
  if (authHeader !== undefined && authHeader !== 'authorization' && authHeader !== 'x-zoom-s2t-key') {
    throw new ConfigurationError(
      `createScriptixClient: \`authHeader\` must be 'authorization' or 'x-zoom-s2t-key', got ${JSON.stringify(authHeader)}.`,
    );
  }
  return {
    id: 'scriptix',
    name: 'Scriptix',
    environmentVariable: scriptixEnvironmentVariable,
    defaultBaseUrl: scriptixDefaultBaseUrl,
    keyFormat: scriptixKeyFormatSchema,
    keyFormatDescription: scriptixKeyFormatDescription,
    auth: authHeader === 'x-zoom-s2t-key' ? apiKeyHeader('x-zoom-s2t-key') : bearer(),
    parseError: parseScriptixError,
    ...routing,
  };
}
