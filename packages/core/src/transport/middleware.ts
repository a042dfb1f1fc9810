import type { ConduitError } from '../errors/conduit-error.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';

/**
 * What a middleware knows about the logical call an attempt belongs to. Stable across attempts.
 * `url` is already redacted (signed-URL signatures and key-like query values are masked).
 */
export interface CallInfo {
  /** Unique per logical call (one id for all its attempts and redirects). */
  readonly id: string;
  /** Provider id, e.g. `apivideo`. */
  readonly provider: string;
  /** The spec's operationId when the provider can name it, e.g. `LIST-videos`. */
  readonly operationId: string | undefined;
  /** Rate-limit bucket of this call. */
  readonly bucket: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Request URL with secrets redacted. */
  readonly url: string;
  /** When the call started, epoch milliseconds (from the transport's clock). */
  readonly startedAt: number;
}

/**
 * Context of one attempt. The `request` carries auth headers: a middleware that logs it must pass
 * headers through `redactHeaders()` (secrets: `authorization`, the provider's key header, signed-URL
 * query values); `call.url` is safe to log as is.
 */
export interface RequestHookContext {
  /** The logical call this attempt belongs to. */
  readonly call: CallInfo;
  /** The request about to be sent. Carries auth headers (secret): redact before logging. */
  readonly request: Request;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The last rate-limit state seen for this call's bucket, if any. */
  readonly rateLimit: RateLimitState | undefined;
}

/** Context handed to `onResponse`: the attempt's answer, before it is classified. */
export interface ResponseHookContext extends RequestHookContext {
  /** The attempt's answer, any status. */
  readonly response: Response;
}

/** Context handed to `onError`: the attempt failed with a typed error (network, timeout, non-2xx). */
export interface ErrorHookContext extends RequestHookContext {
  /** The typed error the attempt failed with. */
  readonly error: ConduitError;
}

/** Lifecycle events of a logical call, for observers such as `@conduit/otel`. */
export type TransportEvent =
  | {
      /** The call began (before any limiter wait). */
      readonly type: 'call:start';
      /** The call concerned. */
      readonly call: CallInfo;
    }
  | {
      /** The call waits for rate-limit budget or a concurrency slot before sending. */
      readonly type: 'rate-limit:wait';
      /** The call concerned. */
      readonly call: CallInfo;
      /** How long it waits, in milliseconds. */
      readonly waitMs: number;
      /** Why: `limiter` (the bucket's pacing), `concurrency`, or a store-specific reason. */
      readonly reason: string;
    }
  | {
      /** An attempt failed and the call will be retried. */
      readonly type: 'retry';
      /** The call concerned. */
      readonly call: CallInfo;
      /** The attempt that failed (1-based). */
      readonly attempt: number;
      /** Wait before the next attempt, in milliseconds. */
      readonly delayMs: number;
      /** Why this delay: `retry-after`, `rate-limit-reset`, `backoff`, `auth-refresh`. */
      readonly reason: string;
      /** The error the failed attempt ended with. */
      readonly error: ConduitError;
    }
  | {
      /** The call finished, successfully or not. */
      readonly type: 'call:end';
      /** The call concerned. */
      readonly call: CallInfo;
      /** Attempts sent in all (1 when there was no retry). */
      readonly attempts: number;
      /** Time from start to end, including waits, in milliseconds. */
      readonly durationMs: number;
      /** Status of the final answer; `undefined` when none arrived. */
      readonly status: number | undefined;
      /** The error the call failed with; `undefined` on success. */
      readonly error: ConduitError | undefined;
    };

type Maybe<T> = T | undefined | void;

/**
 * A request/response hook, shaped like openapi-fetch's middleware. `onRequest` runs in registration
 * order, `onResponse` and `onError` in reverse. Returning a value replaces the request or response;
 * `onError` may return a `Response` to recover. Given per client (`middleware` option, `client.use()`)
 * or per call.
 */
export interface Middleware {
  /** Name shown in debug logs. */
  readonly name?: string;
  /** Before each attempt is sent; may return a replacement `Request`. */
  onRequest?(context: RequestHookContext): Maybe<Request> | Promise<Maybe<Request>>;
  /** After each attempt's answer (any status); may return a replacement `Response`. */
  onResponse?(context: ResponseHookContext): Maybe<Response> | Promise<Maybe<Response>>;
  /** After an attempt failed; may return a `Response` to use instead, else the error stands. */
  onError?(context: ErrorHookContext): Maybe<Response> | Promise<Maybe<Response>>;
  /** Call lifecycle: start, limiter waits, retries, end. Never awaited; must not throw. */
  onEvent?(event: TransportEvent): void;
}
