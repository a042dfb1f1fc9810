import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import type { BackoffOptions } from '../retry/compute-backoff.js';
import type { Sleep } from '../retry/sleep.js';
import type { Middleware } from '../transport/middleware.js';
import type { RateLimitContext, RetryContext } from '../transport/transport-options.js';

/** Options every provider client accepts. Durations are milliseconds. */
export interface ClientOptions {
  /** The API key; read from the provider's environment variable when absent. */
  apiKey?: string | undefined;
  /** Base URL of the API (https, or http on loopback only). */
  baseUrl?: string | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Per-attempt timeout in milliseconds (default 60000). */
  timeout?: number | undefined;
  /** Overall time budget per call across all attempts, in milliseconds. */
  deadline?: number | undefined;
  /** Longest server-requested wait slept through, in milliseconds; longer ones fail fast (default 60000). */
  maxRetryAfter?: number | undefined;
  /** Exponential backoff settings. */
  backoff?: BackoffOptions | undefined;
  /** Custom fetch (looked up on `globalThis` at call time when absent). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Aborts every call of this client. */
  signal?: AbortSignal | undefined;
  /** Shared rate-limit state (in memory by default; `@conduit/redis` for a fleet). */
  rateLimitStore?: RateLimitStore | undefined;
  /** At most this many requests in flight at once. */
  maxConcurrency?: number | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Called before each retry; return `false` to stop. */
  onRetry?: ((context: RetryContext) => unknown) | undefined;
  /** Called on a 429 or a spent budget. */
  onRateLimit?: ((context: RateLimitContext) => void) | undefined;
  /** `true` logs each attempt (redacted) with `console.debug`, or pass a line sink. */
  debug?: boolean | ((line: string) => void) | undefined;
  /** Allow this key-bearing client in a browser. Only for trusted, single-user pages. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** Clock in epoch milliseconds (tests). */
  now?: (() => number) | undefined;
  /** Sleep between attempts (tests). */
  sleep?: Sleep | undefined;
  /** Request/response hooks and event observers for every call (`onRequest` in this order, `onResponse`/`onError` in reverse); `client.use()` adds more. */
  middleware?: Middleware[] | undefined;
}

/** Every key of `ClientOptions`, for unknown-option checks. */
export const clientOptionKeys: readonly (keyof ClientOptions)[] = [
  'apiKey',
  'baseUrl',
  'maxRetries',
  'timeout',
  'deadline',
  'maxRetryAfter',
  'backoff',
  'fetch',
  'signal',
  'rateLimitStore',
  'maxConcurrency',
  'headers',
  'onRetry',
  'onRateLimit',
  'debug',
  'dangerouslyAllowBrowser',
  'now',
  'sleep',
  'middleware',
];
