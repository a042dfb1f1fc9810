import type { ClientOptions } from '@conduit/core';
import * as z from 'zod/mini';

/** The two api.video environments; each has its own API keys. */
export type ApiVideoEnvironment = 'production' | 'sandbox';

/** How the client authenticates: HTTP Basic with the key, or a disposable bearer token minted from it. */
export type ApiVideoAuthMode = 'basic' | 'token';

/** Options of `createApiVideoClient`. Durations are milliseconds. */
export interface ApiVideoClientOptions extends ClientOptions {
  /** `production` (`https://ws.api.video`, the default) or `sandbox` (`https://sandbox.api.video`); an explicit `baseUrl` wins. */
  environment?: ApiVideoEnvironment | undefined;
  /** `basic` (default: the key as Basic user name) or `token` (exchange the key at `/auth/api-key` for a one-hour bearer token). */
  auth?: ApiVideoAuthMode | undefined;
  /** With `auth: 'token'`, renew the bearer token this many milliseconds before it expires (default 60000). */
  tokenRefreshMarginMs?: number | undefined;
}

/** Environment variable read when `apiKey` is absent. */
export const apivideoEnvironmentVariable = 'APIVIDEO_API_KEY';

/** Base URL of each environment. */
export const apivideoBaseUrls: Readonly<Record<ApiVideoEnvironment, string>> = {
  production: 'https://ws.api.video',
  sandbox: 'https://sandbox.api.video',
};

/** Option names `createApiVideoClient` accepts on top of the shared `ClientOptions`. */
export const apivideoOptionKeys: readonly string[] = ['environment', 'auth', 'tokenRefreshMarginMs'];

/**
 * api.video documents no key prefix or length. What is certain: the key is the Basic user name,
 * so it is printable ASCII without a colon (RFC 7617) and without whitespace.
 */
export const apivideoKeyFormat = z.string().check(z.regex(/^[\x21-\x39\x3b-\x7e]+$/));

/** The key format in words, for error messages. */
export const apivideoKeyFormatDescription =
  'printable ASCII without spaces or colons (copy it from the dashboard of the right environment)';
