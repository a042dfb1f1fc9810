import { apiKeyHeader, type ProviderDefinition } from '@conduit/core';
import { hesedvidBucket } from './hesedvid-bucket.js';
import { createHesedVidErrorParser } from './hesedvid-error.js';
import {
  defaultHesedVidBaseUrl,
  hesedvidEnvironmentVariable,
  hesedvidKeyFormatDescription,
  hesedvidKeyFormatSchema,
} from './hesedvid-options.js';

/**
 * HesedVid as core sees it. `basePath` (the base URL's path, e.g. `/v1/api`) is cut off before
 * the bucket is picked; `now` is the client's clock, so the `X-RateLimit-Reset` hint uses it too.
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
    bucket: (request) => {
      const path = new URL(request.url).pathname;
      const basePath = settings.basePath();
      return hesedvidBucket(path.startsWith(basePath) ? path.slice(basePath.length) : path);
    },
  };
}
