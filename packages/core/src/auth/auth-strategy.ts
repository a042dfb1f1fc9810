/** What an auth strategy may use while it authenticates a request. */
export interface AuthContext {
  /** The transport's underlying fetch (no retries, no auth), for token exchanges. */
  fetch: typeof globalThis.fetch;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
}

/** Adds credentials to outgoing requests. One small module per kind. */
export interface AuthStrategy {
  /** `api-key-header`, `bearer`, `basic`, `token-exchange` or `none`. */
  readonly kind: string;
  /** Header names this strategy sets; the transport drops them on a cross-origin redirect. */
  readonly headerNames: readonly string[];
  /** Non-reversible fingerprint of the credential, for per-key rate-limit state. */
  readonly fingerprint: string;
  /** Whether this strategy carries a long-lived secret (refused in browsers by default). */
  readonly bearsKey: boolean;
  /** Sets the credential headers on one attempt's request headers. */
  apply(headers: Headers, context: AuthContext): void | Promise<void>;
  /** Called once after a 401; returns true when a retry with fresh credentials makes sense. */
  refresh?(context: AuthContext): Promise<boolean>;
}

/** An auth kind waiting for its key: `apiKeyHeader('X-API-Key')(key)`. */
export type AuthScheme = (key: string) => AuthStrategy;
