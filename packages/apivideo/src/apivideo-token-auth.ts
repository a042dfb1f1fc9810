import {
  type AuthContext,
  type AuthScheme,
  createAPIError,
  type ErrorBodyParser,
  type ExchangedToken,
  parseBodyText,
  parseRateLimitHeaders,
  ResponseValidationError,
  tokenExchange,
} from '@conduit/core';
import * as z from 'zod/mini';

const accessTokenSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  refresh_token: z.string().check(z.minLength(1)),
  token_type: z.optional(z.string()),
  expires_in: z.number().check(z.nonnegative()),
});

/** What the token flow needs from its client. */
export interface ApiVideoTokenAuthOptions {
  /** The client's base URL (read lazily: it is known once the transport is built). */
  baseUrl: () => string;
  /** The client's error parser, with its environment hint. */
  parseError: ErrorBodyParser;
  /** Renew this many milliseconds before expiry. */
  refreshMarginMs?: number | undefined;
  /** Clock in epoch milliseconds. */
  now?: (() => number) | undefined;
}

/**
 * Disposable bearer tokens: `POST /auth/api-key` with the key, `POST /auth/refresh` with the
 * refresh token, both through the raw fetch of the auth context (no `Authorization` header, no
 * retries). Core's `tokenExchange` renews before expiry and once after a `401`.
 */
export function apivideoTokenAuth(options: ApiVideoTokenAuthOptions): AuthScheme {
  const now = options.now ?? Date.now;

  const post = async (path: string, body: Record<string, string>, context: AuthContext): Promise<ExchangedToken> => {
    const url = `${options.baseUrl()}${path}`;
    const response = await context.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: context.signal,
    });
    const text = await response.text();
    const parsedBody = parseBodyText(text);
    if (!response.ok) {
      const parsed = options.parseError(parsedBody, { status: response.status, headers: response.headers });
      throw createAPIError(parsed?.message ?? `api.video answered ${response.status} to POST ${path}`, {
        status: response.status,
        provider: 'apivideo',
        code: parsed?.code,
        details: parsed?.details,
        kind: parsed?.kind ?? (response.status === 400 || response.status === 401 ? 'authentication' : undefined),
        headers: response.headers,
        body: parsedBody,
        rateLimit: parseRateLimitHeaders(response.headers, now()),
        method: 'POST',
        url,
      });
    }
    const token = z.safeParse(accessTokenSchema, parsedBody);
    if (!token.success) {
      throw new ResponseValidationError(`POST ${path} answered ${response.status} without an access token`, {
        status: response.status,
        body: text,
        url,
      });
    }
    return {
      accessToken: token.data.access_token,
      refreshToken: token.data.refresh_token,
      expiresAt: now() + token.data.expires_in * 1000,
    };
  };

  return tokenExchange({
    exchange: (key, context) => post('/auth/api-key', { apiKey: key }, context),
    refresh: (token, context) => post('/auth/refresh', { refreshToken: token.refreshToken ?? '' }, context),
    refreshMarginMs: options.refreshMarginMs,
    now,
  });
}
