import type { ClientOptions } from '@conduit/core';
import * as z from 'zod/mini';

/** Environment variable the client reads the API key from when `apiKey` is not passed. */
export const hesedvidEnvironmentVariable = 'HESEDVID_API_KEY';

/** REST reference base URL (one guide omits `/api`; pass `baseUrl` if your account needs that). */
export const defaultHesedVidBaseUrl = 'https://api.hesedvid.com/v1/api';

/**
 * `hv_live_` or `hv_test_` and letters/digits. The docs say 32 characters follow the prefix while
 * their own samples have 35 and 22, so only the prefix and a non-empty alphanumeric rest are checked.
 */
export const hesedvidKeyFormatSchema = z.string().check(z.regex(/^hv_(live|test)_[A-Za-z0-9]+$/));

/** The key format in words, for error messages. */
export const hesedvidKeyFormatDescription = '`hv_live_` or `hv_test_` followed by letters and digits';

/** Whether the key is a production (`hv_live_`) or a development (`hv_test_`) key. */
export type HesedVidKeyMode = 'live' | 'test';

/** Options of `createHesedVidClient`. Durations are milliseconds. */
export interface HesedVidClientOptions extends ClientOptions {
  /** Organization ID every path is scoped to, e.g. `org_123456789` (required). */
  orgId: string;
  /** Environment ID or slug (`env_prod_123456789`, `prod`) used by uploads and environment video lists. */
  environment?: string | undefined;
}

/** Option names `createHesedVidClient` accepts on top of the core ones. */
export const hesedvidOptionKeys: readonly string[] = ['orgId', 'environment'];
