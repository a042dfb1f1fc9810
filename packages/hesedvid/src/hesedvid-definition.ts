import { apiKeyHeader, createOperationRouting, type ProviderDefinition } from '@conduit/core';
import { hesedVidRoutes } from '@conduit/specs/hesedvid';
import { createHesedVidErrorParser } from './hesedvid-error.js';
import {
  defaultHesedVidBaseUrl,
  hesedvidEnvironmentVariable,
  hesedvidKeyFormatDescription,
  hesedvidKeyFormatSchema,
} from './hesedvid-options.js';

/**
 * HesedVid as core sees it. `basePath` (the base URL's path, e.g. `/v1/api`) is cut off before
 * the operation is looked up in the generated table (bucket and operationId); `now` is the
 * client's clock, so the `X-RateLimit-Reset` hint uses it too.
 */
export function createHesedVidDefinition(settings: { basePath: () => string; now: () => number }): ProviderDefinition {
  return {
    id: 'hesedvid',
    name: 'HesedVid',
    environmentVariable: hesedvidEnvironmentVariable,
    defaultBaseUrl: defaultHesedVidBaseUrl,
    keyFormat: hesedvidKeyFormatSchema,
    keyFormatDescription: hesedvidKeyFormatDescription,
    auth: apiKeyHeader('X-Api-Key'),
    parseError: createHesedVidErrorParser(settings.now),
    ...createOperationRouting(hesedVidRoutes, { basePath: settings.basePath }),
  };
}
