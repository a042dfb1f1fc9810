import { basic, type ErrorBodyParser, type ProviderDefinition } from '@conduit/core';
import { apivideoRouting } from './apivideo-bucket.js';
import { type ApiVideoAuthMode, apivideoEnvironmentVariable, apivideoKeyFormat, apivideoKeyFormatDescription } from './apivideo-options.js';
import { apivideoTokenAuth } from './apivideo-token-auth.js';

/** What one client declares to core: key, auth, error parser (with its environment hint), and bucket and operationId from the generated operation table. */
export function createApiVideoDefinition(settings: {
  baseUrl: string;
  auth: ApiVideoAuthMode;
  parseError: ErrorBodyParser;
  refreshMarginMs: number | undefined;
  now: (() => number) | undefined;
}): ProviderDefinition {
  return {
    id: 'apivideo',
    name: 'ApiVideo',
    environmentVariable: apivideoEnvironmentVariable,
    defaultBaseUrl: settings.baseUrl,
    keyFormat: apivideoKeyFormat,
    keyFormatDescription: apivideoKeyFormatDescription,
    auth:
      settings.auth === 'token'
        ? apivideoTokenAuth({
            baseUrl: () => settings.baseUrl,
            parseError: settings.parseError,
            refreshMarginMs: settings.refreshMarginMs,
            now: settings.now,
          })
        : basic(),
    parseError: settings.parseError,
    ...apivideoRouting,
  };
}
