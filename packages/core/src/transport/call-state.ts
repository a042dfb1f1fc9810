import type { AuthContext } from '../auth/auth-strategy.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import type { ReplayableBody } from '../uploads/replayable-body.js';
import { assertSecureUrl } from './assert-secure-url.js';
import { type AttemptSignal, callSignal } from './attempt-signal.js';
import type { HopInit } from './follow-redirects.js';
import type { CallInfo, Middleware } from './middleware.js';
import type { CallOptions } from './transport-options.js';
import type { TransportRuntime } from './transport-runtime.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * One logical call as the steps see it: fixed facts (first block), then what the current attempt
 * has built so far (reset by the retry step before each attempt). One object per call.
 */
export interface CallState {
  readonly template: Request;
  /** `template.url`, read once (undici serializes the URL on every read). */
  readonly templateUrl: string;
  readonly call: CallOptions;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  readonly deadlineMs: number | undefined;
  readonly deadlineAt: number | undefined;
  readonly startedAt: number;
  /** The caller's signal for this call (request, client and per-call signals joined). */
  readonly signal: AbortSignal | undefined;
  readonly bucket: string;
  /** `provider:bucket:keyFingerprint`: never the key itself. */
  readonly limiterKey: string;
  readonly idempotencyKey: string | undefined;
  /** Safe to send twice (idempotent method, `idempotent: true`, or an idempotency key). */
  readonly repeatable: boolean;
  readonly replayable: ReplayableBody | undefined;
  /** Client-level then per-call middleware. */
  readonly middleware: readonly Middleware[];
  readonly authContext: AuthContext;
  /** The request body read once into a Blob (`null`: none, or sent from `replayable`). */
  body: Blob | null | undefined;
  /** 1-based number of the current attempt. */
  attempt: number;
  retriesUsed: number;
  authRefreshed: boolean;
  /** The next admission reserves its slot but does not wait: the server's explicit `Retry-After` governs. */
  skipPacing: boolean;
  /** The current attempt's failure provably happened before anything was sent. */
  notSent: boolean;
  /** Method, URL and headers of the current attempt (hooks may replace them). */
  method: string;
  url: string;
  headers: Headers | undefined;
  /** What the send step hands to fetch for the current hop. */
  init: HopInit | undefined;
  attemptSignal: AttemptSignal | undefined;
  /** What the current attempt's answer said about the budget, if it said anything. */
  rateLimit: RateLimitState | undefined;
  /** The `Request` hooks see; built only when middleware is registered. */
  request: Request | undefined;
  info: CallInfo | undefined;
}

/** The `defaults` step: resolves one call's options against the transport's and builds its state. */
export function createCallState(
  runtime: TransportRuntime,
  input: Request | string | URL,
  init: RequestInit | undefined,
  call: CallOptions,
): CallState {
  const options = runtime.options;
  const template = input instanceof Request && init === undefined ? input : new Request(input, init);
  const templateUrl = template.url;
  // A Request's URL is always absolute and parsed: only plain http needs a closer look (loopback
  // only), once per origin in a row.
  if (!templateUrl.startsWith('https://') && !(runtime.checkedOrigin && templateUrl.startsWith(runtime.checkedOrigin))) {
    runtime.checkedOrigin = `${assertSecureUrl(templateUrl, 'request URL').origin}/`;
  }
  const method = template.method.toUpperCase();
  const startedAt = runtime.now();
  const deadlineMs = call.deadline ?? options.deadline;
  const signal = callSignal(template.signal ?? undefined, [options.signal, call.signal]);
  const bucket = call.bucket ?? options.bucket?.(template) ?? 'default';
  const keyHeader = options.idempotencyKeyHeader;
  const idempotencyKey = keyHeader && !safeMethods.has(method) ? (template.headers.get(keyHeader) ?? crypto.randomUUID()) : undefined;
  return {
    template,
    templateUrl,
    call,
    maxRetries: call.maxRetries ?? options.maxRetries ?? 2,
    timeoutMs: call.timeout ?? options.timeout ?? 60_000,
    deadlineMs,
    deadlineAt: deadlineMs === undefined ? undefined : startedAt + deadlineMs,
    startedAt,
    signal,
    bucket,
    limiterKey: `${runtime.provider}:${bucket}:${runtime.auth.fingerprint}`,
    idempotencyKey,
    repeatable: safeMethods.has(method) || call.idempotent === true || idempotencyKey !== undefined,
    replayable: call.body,
    middleware: call.middleware ? [...runtime.middleware, ...call.middleware] : runtime.middleware,
    authContext: signal === undefined ? runtime.authContext : { fetch: runtime.authContext.fetch, signal },
    body: template.body === null || call.body ? null : undefined,
    attempt: 1,
    retriesUsed: 0,
    authRefreshed: false,
    skipPacing: false,
    notSent: false,
    method,
    url: templateUrl,
    headers: undefined,
    init: undefined,
    attemptSignal: undefined,
    rateLimit: undefined,
    request: undefined,
    info: undefined,
  };
}

/** The host a call goes to, for error messages (parsed only when one is written). */
export function callHost(state: CallState): string {
  return new URL(state.templateUrl).host;
}

/** Forgets what the previous attempt built, before the next one starts. */
export function resetAttempt(state: CallState): void {
  state.notSent = false;
  state.method = state.template.method.toUpperCase();
  state.url = state.templateUrl;
  state.headers = undefined;
  state.init = undefined;
  state.rateLimit = undefined;
  state.request = undefined;
}
