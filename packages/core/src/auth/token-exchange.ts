import { keyFingerprint } from '../rate-limit/key-fingerprint.js';
import { registerSecret } from '../redaction/redact.js';
import type { AuthContext, AuthScheme } from './auth-strategy.js';

/** A short-lived access token minted from a key. */
export interface ExchangedToken {
  /** The bearer token sent on requests. Secret: never log it. */
  accessToken: string;
  /** Token for `refresh`, when the provider issues one. */
  refreshToken?: string | undefined;
  /** When the access token expires, as epoch milliseconds. */
  expiresAt: number;
}

/** How to mint and refresh tokens; both calls go through the raw fetch (no auth, no retries). */
export interface TokenExchangeOptions {
  /** Mints a token from the API key (secret). Called on first use, and when there is no `refresh` or it failed. */
  exchange(key: string, context: AuthContext): Promise<ExchangedToken>;
  /** Renews an expiring token without the key, when the provider supports it; `exchange` is used otherwise. */
  refresh?(token: ExchangedToken, context: AuthContext): Promise<ExchangedToken>;
  /** Refresh this many milliseconds before expiry (default 60000). */
  refreshMarginMs?: number;
  /** Clock in epoch milliseconds; injectable for tests. */
  now?: () => number;
}

/**
 * Exchanges the key for a bearer token on first use, refreshes it shortly before it expires,
 * and once more after a 401. Concurrent requests share one exchange.
 */
export function tokenExchange(options: TokenExchangeOptions): AuthScheme {
  return (key) => {
    registerSecret(key);
    const now = options.now ?? Date.now;
    const margin = options.refreshMarginMs ?? 60_000;
    let token: ExchangedToken | undefined;
    let pending: Promise<ExchangedToken> | undefined;

    const remember = (next: ExchangedToken) => {
      registerSecret(next.accessToken);
      if (next.refreshToken) {
        registerSecret(next.refreshToken);
      }
      token = next;
      return next;
    };

    const renew = (context: AuthContext, force: boolean): Promise<ExchangedToken> => {
      pending ??= (async () => {
        try {
          if (token && options.refresh && (force || token.expiresAt - margin <= now())) {
            try {
              return remember(await options.refresh(token, context));
            } catch {
              // A refresh token can expire too: fall back to a fresh exchange.
            }
          }
          return remember(await options.exchange(key, context));
        } finally {
          pending = undefined;
        }
      })();
      return pending;
    };

    return {
      kind: 'token-exchange',
      headerNames: ['authorization'],
      fingerprint: keyFingerprint(key),
      bearsKey: true,
      async apply(headers, context) {
        const current = token && token.expiresAt - margin > now() ? token : await renew(context, false);
        headers.set('authorization', `Bearer ${current.accessToken}`);
      },
      async refresh(context) {
        await renew(context, true);
        return true;
      },
    };
  };
}
