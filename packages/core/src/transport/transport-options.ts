import type { AuthStrategy } from '../auth/auth-strategy.js';
import type { ConduitError } from '../errors/conduit-error.js';
import type { ErrorKind } from '../errors/create-api-error.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import type { BackoffOptions } from '../retry/compute-backoff.js';
import type { Sleep } from '../retry/sleep.js';
import type { ReplayableBody } from '../uploads/replayable-body.js';
import type { Middleware } from './middleware.js';

/** What a provider's `<provider>-error.ts` reads out of an error body. */
export interface ParsedErrorBody {
  /** The provider's error code. */
  code?: string | undefined;
  /** Human-readable message from the body. */
  message?: string | undefined;
  /** Extra structured details from the body. */
  details?: unknown;
  /** Overrides the class chosen by status (a quota code on a 429 is `quota`). */
  kind?: ErrorKind | undefined;
  /** A retry hint carried in the body (GenAI `details.retry_after`), in milliseconds. */
  retryAfterMs?: number | undefined;
  /** The provider's request id, when the body carries it. */
  requestId?: string | undefined;
}

/** Turns a provider's error body into code, message and kind; `undefined` when the body is not one of its shapes. */
export type ErrorBodyParser = (body: unknown, context: { status: number; headers: Headers }) => ParsedErrorBody | undefined;

/** Read-only context handed to `onRetry`. */
export interface RetryContext {
  /** The error the failed attempt ended with. */
  readonly error: ConduitError;
  /** The attempt that failed (1-based). */
  readonly attempt: number;
  /** Wait before the next attempt, in milliseconds. */
  readonly delayMs: number;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Request URL with secrets redacted. */
  readonly url: string;
}

/** Read-only context handed to `onRateLimit`. */
export interface RateLimitContext {
  /** Provider id. */
  readonly provider: string;
  /** Rate-limit bucket of the call. */
  readonly bucket: string;
  /** What the answer said; for a limiter wait, the bucket's last known state. */
  readonly state: RateLimitState;
  /** Status of the answer; 0 when no answer is involved (a limiter wait before sending). */
  readonly status: number;
  /** For a limiter wait longer than a second: how long the call waits before sending, in milliseconds. */
  readonly waitMs?: number | undefined;
  /** For a limiter wait: why (`limiter`, or a store-specific reason). */
  readonly reason?: string | undefined;
}

/** Options that change how one call is sent. */
export interface CallOptions {
  /** Mark a POST/PATCH as safe to repeat, so it may be retried after an ambiguous failure. */
  idempotent?: boolean | undefined;
  /** Aborts this call, including any wait between attempts. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeout?: number | undefined;
  /** Overall time budget for this call across all attempts, in milliseconds. */
  deadline?: number | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Rate-limit bucket for this call (api.video `upload`/`write`/`read`, HesedVid `general`/`video`/`analytics`). */
  bucket?: string | undefined;
  /**
   * A body to stream instead of the request's own (Node): re-opened for every attempt and sent by
   * `sendReplayable` (default `node:http(s)`), never buffered whole as fetch would.
   */
  body?: ReplayableBody | undefined;
  /** Middleware for this call only, run after the client's. */
  middleware?: Middleware[] | undefined;
  /** Extra headers for this call, over the request's own; the auth step still sets the auth header last. */
  headers?: Record<string, string> | undefined;
}

/** Options for `createTransport`. Durations are milliseconds. */
export interface TransportOptions {
  /** Provider id (`viddyscribe`, `hesedvid`, ...), used in errors and limiter keys. */
  provider: string;
  /** How requests are authenticated. */
  auth: AuthStrategy;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Per-attempt timeout in milliseconds (default 60000). */
  timeout?: number | undefined;
  /** Overall time budget per call across all attempts, in milliseconds (default: none). */
  deadline?: number | undefined;
  /** Longest server-requested wait we sleep through, in milliseconds; longer hints fail fast (default 60000). */
  maxRetryAfter?: number | undefined;
  /** Exponential backoff settings. */
  backoff?: BackoffOptions | undefined;
  /** The fetch to send with; looked up on `globalThis` at call time when absent. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Sends calls that carry a `ReplayableBody` (default `sendNodeRequest`, `node:http(s)`); `fetch` sends the rest. */
  sendReplayable?: ((request: Request, body: ReplayableBody) => Promise<Response>) | undefined;
  /** Clock in epoch milliseconds (injectable for tests). */
  now?: (() => number) | undefined;
  /** Sleep used between attempts and by the limiter (injectable for tests). */
  sleep?: Sleep | undefined;
  /** Aborts every call of this transport. */
  signal?: AbortSignal | undefined;
  /** Where rate-limit budgets live (default: in memory, per transport). */
  rateLimitStore?: RateLimitStore | undefined;
  /** At most this many requests in flight at once (default: unlimited). */
  maxConcurrency?: number | undefined;
  /** Picks the rate-limit bucket of a request (default `default`). */
  bucket?: ((request: Request) => string) | undefined;
  /** Names the spec operation of a request (its operationId), for telemetry and logs. */
  operationId?: ((request: Request) => string | undefined) | undefined;
  /** The provider's error-body reader. */
  parseError?: ErrorBodyParser | undefined;
  /** Response header holding the provider's request id (default: `x-request-id`). */
  requestIdHeader?: string | undefined;
  /** A provider-documented idempotency-key header; one key per logical call, reused on every attempt. */
  idempotencyKeyHeader?: string | undefined;
  /** Header that carries the retry count (default `x-conduit-retry-count`; `false` to omit). */
  attemptHeader?: string | false | undefined;
  /** `User-Agent` to send (Node only; browsers forbid it). */
  userAgent?: string | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Called before each retry; return `false` to stop retrying. */
  onRetry?: ((context: RetryContext) => unknown) | undefined;
  /** Called when an answer is a 429 or says the budget is spent. */
  onRateLimit?: ((context: RateLimitContext) => void) | undefined;
  /** `true` logs each attempt (redacted) with `console.debug`; a function receives the lines instead. */
  debug?: boolean | ((line: string) => void) | undefined;
  /** Allow a key-bearing transport in a browser. Only for trusted, single-user pages. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** Redirect hops followed by hand before giving up (default 5). */
  maxRedirects?: number | undefined;
  /** Request/response hooks and event observers for every call, in registration order (provider quirks first). */
  middleware?: Middleware[] | undefined;
  /**
   * Leaves the named pipeline steps out (see `transportSteps`). For the overhead bench only: a
   * transport without them may lack timeouts, auth, retries or typed errors.
   * @internal
   */
  experimental_skipSteps?: readonly string[] | undefined;
}
