import type { ClientOptions } from '@conduit/core';
import * as z from 'zod/mini';

/** Options of `createViddyScribeClient`. Durations are milliseconds. */
export interface ViddyScribeClientOptions extends ClientOptions {
  /** Wait between polls of `get_results` and `get_upload_status`, in milliseconds (default 5000). */
  pollInterval?: number | undefined;
  /** How long a generate call keeps retrying a `409 upload_not_ready`, in milliseconds (default 600000; 0 surfaces it at once). */
  uploadReadyTimeout?: number | undefined;
  /** Age after which cached result download links are read again, in milliseconds (default 840000: links live 15 minutes). */
  linkMaxAge?: number | undefined;
}

/** Environment variable the key is read from when `apiKey` is absent. */
export const viddyscribeEnvironmentVariable = 'VIDDYSCRIBE_API_KEY';

/** Production base URL (the docs' server plus the `/enterprise/api` prefix). */
export const defaultViddyScribeBaseUrl = 'https://api.viddyscribe.com/enterprise/api';

/** Defaults of the ViddyScribe-specific options. */
export const defaultViddyScribeOptions = {
  /** Five seconds between polls. */
  pollInterval: 5_000,
  /** Ten minutes of retrying `409 upload_not_ready`. */
  uploadReadyTimeout: 600_000,
  /** Fourteen minutes: download links are refreshed before their 15-minute expiry. */
  linkMaxAge: 14 * 60_000,
} as const;

/** Option names this client adds to `ClientOptions`. */
export const viddyscribeOptionKeys = ['pollInterval', 'uploadReadyTimeout', 'linkMaxAge'] as const;

/**
 * Keys start with `vsk_`. The docs' sample has 50 lowercase alphanumerics after the prefix but other
 * pages use free-form placeholders, so only the prefix and a non-empty rest are checked.
 */
export const viddyscribeKeyFormatSchema = z.string().check(z.regex(/^vsk_\S+$/));
