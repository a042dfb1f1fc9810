import type { ClientOptions } from '@conduit/core';
import * as z from 'zod/mini';

/** Options for `createGenAIClient`. Durations are milliseconds. */
export interface GenAIClientOptions extends ClientOptions {
  /** Check request bodies before sending (default `true`); `false` lets the server judge fields and values the SDK does not know yet. */
  validateRequests?: boolean | undefined;
}

/** Option names GenAI adds to `ClientOptions`, for the unknown-option check. */
export const genaiOptionKeys: readonly (keyof GenAIClientOptions)[] = ['validateRequests'];

/** Environment variable read when `apiKey` is absent. */
export const genaiEnvironmentVariable = 'GENAI_API_KEY';

/** The documented base URL (a placeholder host: point `baseUrl` at the real deployment). */
export const defaultGenAIBaseUrl = 'https://api.example.com/v1';

/**
 * The docs show no key prefix or length, only that the key travels as a bearer token, so the one
 * certain rule is a non-empty token of visible ASCII characters (no whitespace).
 */
export const genaiKeyFormat = z.string().check(z.regex(/^[\x21-\x7E]+$/));

/** `genaiKeyFormat` in words, for error messages. */
export const genaiKeyFormatDescription = 'a non-empty token of visible ASCII characters without whitespace';
