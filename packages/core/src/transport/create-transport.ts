import pRetry, { AbortError } from 'p-retry';
import { APIError } from '../errors/api-error.js';
import { APITimeoutError } from '../errors/api-timeout-error.js';
import { ConduitError } from '../errors/conduit-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import { createDebugLogger } from '../logging/create-debug-logger.js';
import { sendNodeRequest } from '../platform/send-replayable.js';
import { MemoryRateLimitStore } from '../rate-limit/memory-rate-limit-store.js';
import { parseRateLimitHeaders } from '../rate-limit/parse-rate-limit-headers.js';
import { redact } from '../redaction/redact.js';
import { computeBackoff } from '../retry/compute-backoff.js';
import { defaultSleep } from '../retry/sleep.js';
import { assertSecureUrl } from './assert-secure-url.js';
import { callSignal, createAttemptSignal } from './attempt-signal.js';
import { classifyFetchError } from './classify-fetch-error.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { fetchFollowingRedirects, type HopInit } from './follow-redirects.js';
import { isBrowser } from './is-browser.js';
import { readErrorResponse } from './read-error-response.js';
import { readSuccess } from './read-success.js';
import type { CallOptions, TransportOptions } from './transport-options.js';
import { validateTransportOptions } from './validate-transport-options.js';

/** Counters a transport keeps for summaries and tests. */
export interface TransportStats {
  /** Logical calls made. */
  calls: number;
  /** HTTP attempts sent (calls plus retries). */
  attempts: number;
  /** Retries made. */
  retries: number;
  /** 429 answers received. */
  rateLimited: number;
  /** Calls that ended in an error. */
  failures: number;
}

/** A fetch-compatible function (use it as openapi-fetch's `fetch`) with per-call options and counters. */
export interface Transport {
  (input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The same transport with options for one call, e.g. `{ idempotent: true, signal }`. */
  with(call: CallOptions): (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  readonly provider: string;
  readonly stats: TransportStats;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * Creates the shared transport: auth injection, rate-limit admission, per-attempt timeout,
 * response classification into typed errors, and retries (p-retry) with server hints.
 *
 * @example
 * ```ts
 * const transport = createTransport({ provider: 'genai', auth: bearer()(key) });
 * const client = createClient<paths>({ baseUrl, fetch: transport });
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  validateTransportOptions(options);
  if (options.auth?.bearsKey && isBrowser() && !options.dangerouslyAllowBrowser) {
    throw new ConfigurationError(
      `${options.provider}: a client holding an API key was created in a browser. Use the ./browser entry with signed URLs, or pass dangerouslyAllowBrowser: true if this page is trusted.`,
    );
  }
  const provider = options.provider;
  const auth = options.auth;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const store = options.rateLimitStore ?? new MemoryRateLimitStore();
  const concurrency = options.maxConcurrency ? new ConcurrencyLimiter(options.maxConcurrency) : undefined;
  const log = createDebugLogger(options.debug, provider);
  const attemptHeader = options.attemptHeader === undefined ? 'x-conduit-retry-count' : options.attemptHeader;
  const requestIdHeader = options.requestIdHeader ?? 'x-request-id';
  const maxRetryAfter = options.maxRetryAfter ?? 60_000;
  const redirectMode: RequestRedirect = isBrowser() ? 'follow' : 'manual';
  const sendReplayable = options.sendReplayable ?? sendNodeRequest;
  const stats: TransportStats = { calls: 0, attempts: 0, retries: 0, rateLimited: 0, failures: 0 };

  async function send(input: Request | string | URL, init: RequestInit | undefined, call: CallOptions): Promise<Response> {
    stats.calls++;
    const template = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = assertSecureUrl(template.url, 'request URL');
    const method = template.method.toUpperCase();
    const host = url.host;
    const maxRetries = call.maxRetries ?? options.maxRetries ?? 2;
    const timeoutMs = call.timeout ?? options.timeout ?? 60_000;
    const deadlineMs = call.deadline ?? options.deadline;
    const startedAt = now();
    const deadlineAt = deadlineMs === undefined ? undefined : startedAt + deadlineMs;
    const callerSignal = callSignal(template.signal ?? undefined, [options.signal, call.signal]);
    const bucket = call.bucket ?? options.bucket?.(template) ?? 'default';
    const limiterKey = `${provider}:${bucket}:${auth.fingerprint}`;
    const idempotencyKey =
      options.idempotencyKeyHeader && !safeMethods.has(method)
        ? (template.headers.get(options.idempotencyKeyHeader) ?? crypto.randomUUID())
        : undefined;
    const repeatable = safeMethods.has(method) || call.idempotent === true || idempotencyKey !== undefined;
    const authContext = {
      fetch: (...args: Parameters<typeof fetch>) => (options.fetch ?? globalThis.fetch)(...args),
      signal: callerSignal,
    };

    const replayable = call.body;
    let body: Blob | null | undefined;
    let retriesUsed = 0;
    let nextDelay = 0;
    let refreshedAuth = false;
    let skipRetryCount = false;

    const remainingMs = () => (deadlineAt === undefined ? undefined : deadlineAt - now());

    // Returns nothing when the store answers at once with "send now", so the common path awaits nothing.
    const admit = (): Promise<void> | undefined => {
      let reserved: number | Promise<number>;
      try {
        reserved = store.reserve(limiterKey, now());
      } catch (error) {
        return pace(Promise.reject(error));
      }
      return typeof reserved === 'number' && reserved <= 0 ? undefined : pace(reserved);
    };

    const pace = async (reserved: number | Promise<number>): Promise<void> => {
      let wait = 0;
      try {
        wait = await reserved;
      } catch (error) {
        // A failing store never fails a request: it only loses pacing for this call.
        log?.(`rate-limit store failed (${error instanceof Error ? error.name : 'error'}); sending without pacing`);
      }
      if (wait <= 0) {
        return;
      }
      const remaining = remainingMs();
      if (wait > maxRetryAfter || (remaining !== undefined && wait >= remaining)) {
        throw new RateLimitError(
          `${provider} rate limit for "${bucket}" is spent for another ${Math.ceil(wait / 1000)} s (beyond maxRetryAfter or the deadline); not sending.`,
          { status: 429, provider, retryAfterMs: wait, method, url: template.url },
        );
      }
      log?.(`waiting ${wait} ms for the "${bucket}" budget`);
      await sleep(wait, callerSignal);
    };

    const attempt = async (attemptNumber: number): Promise<Response> => {
      if (callerSignal?.aborted) {
        throw new RequestAbortedError(undefined, { cause: callerSignal.reason });
      }
      const admitted = admit();
      if (admitted) {
        await admitted;
      }
      const release = concurrency ? await concurrency.acquire(callerSignal) : undefined;
      const remaining = remainingMs();
      if (remaining !== undefined && remaining <= 0) {
        release?.();
        throw new APITimeoutError(`${method} to ${host} exceeded its deadline of ${deadlineMs} ms`, { retryable: false });
      }
      const attemptSignal = createAttemptSignal(callerSignal, timeoutMs, remaining);
      try {
        const headers = new Headers(template.headers);
        if (options.headers) {
          for (const [name, value] of Object.entries(options.headers)) {
            if (!headers.has(name)) {
              headers.set(name, value);
            }
          }
        }
        if (options.userAgent && !isBrowser()) {
          headers.set('user-agent', options.userAgent);
        }
        if (attemptHeader) {
          headers.set(attemptHeader, String(attemptNumber - 1));
        }
        if (idempotencyKey && options.idempotencyKeyHeader) {
          headers.set(options.idempotencyKeyHeader, idempotencyKey);
        }
        const applied = auth.apply(headers, authContext);
        if (applied) {
          await applied;
        }
        // The body is read once into a Blob and every attempt (and redirect hop) sends that Blob: no stream
        // tee per attempt, and fetch sends a Blob with a known length instead of buffering a stream.
        // A replayable body is never read here: it is re-opened and streamed for each send.
        if (body === undefined) {
          body = template.body === null || replayable ? null : await template.blob();
        }
        // fetch builds its own Request from (url, init): building one here too would cost a second Request and signal.
        const init: HopInit = {
          method,
          headers,
          body,
          signal: attemptSignal.signal,
          redirect: redirectMode,
          duplex: 'half',
        } as HopInit;
        stats.attempts++;
        log?.(`→ ${method} ${template.url} (attempt ${attemptNumber})`);
        const fetchImpl = options.fetch ?? globalThis.fetch;
        let response: Response;
        try {
          const sendOne = (url: string, next: HopInit) =>
            replayable && next.method !== 'GET' && next.method !== 'HEAD'
              ? sendReplayable(new Request(url, next), replayable)
              : fetchImpl(url, next);
          response =
            redirectMode === 'manual'
              ? await fetchFollowingRedirects(sendOne, template.url, init, {
                  maxRedirects: options.maxRedirects ?? 5,
                  sensitiveHeaders: auth.headerNames,
                })
              : await sendOne(template.url, init);
        } catch (error) {
          const classified = classifyFetchError(error, attemptSignal.cause(), { method, host, timeoutMs });
          if (classified.notSent) {
            notSentErrors.add(classified.error);
          }
          throw classified.error;
        }
        const rateLimit = parseRateLimitHeaders(response.headers, now(), response.status);
        if (rateLimit) {
          await Promise.resolve(store.update(limiterKey, rateLimit)).catch(() => undefined);
          if (response.status === 429 || rateLimit.remaining === 0) {
            options.onRateLimit?.({ provider, bucket, state: rateLimit, status: response.status });
          }
        }
        log?.(`← ${response.status} ${method} ${template.url}`);
        if (response.ok) {
          return await readSuccess(response, method, template.url);
        }
        if (response.status === 429) {
          stats.rateLimited++;
        }
        throw await readErrorResponse(response, {
          provider,
          method,
          url: template.url,
          rateLimit,
          parseError: options.parseError,
          requestIdHeader,
        });
      } catch (error) {
        if (error instanceof Error && !ConduitError.isInstance(error)) {
          throw classifyFetchError(error, attemptSignal.cause(), { method, host, timeoutMs }).error;
        }
        throw error;
      } finally {
        attemptSignal.dispose();
        release?.();
      }
    };

    const decide = (error: ConduitError, attemptNumber: number): number | undefined => {
      error.attempts = attemptNumber;
      skipRetryCount = false;
      if (RequestAbortedError.isInstance(error) || callerSignal?.aborted) {
        return undefined;
      }
      if (APIError.isInstance(error) && error.status === 401 && auth.refresh && !refreshedAuth) {
        refreshedAuth = true;
        skipRetryCount = true;
        return 0;
      }
      if (!error.retryable || retriesUsed >= maxRetries) {
        return undefined;
      }
      const provenNotProcessed =
        notSentErrors.has(error) ||
        (APIError.isInstance(error) && (error.status === 429 || (error.status === 503 && serverHint(error) !== undefined)));
      if (!repeatable && !provenNotProcessed) {
        log?.(`not retrying ${method}: it may have reached the server; pass { idempotent: true } if it is safe to repeat`);
        return undefined;
      }
      const hint = RateLimitError.isInstance(error) ? error.retryAfterMs : APIError.isInstance(error) ? serverHint(error) : undefined;
      if (hint !== undefined && hint > maxRetryAfter) {
        return undefined;
      }
      const delay = hint ?? computeBackoff(retriesUsed + 1, options.backoff);
      const remaining = remainingMs();
      if (remaining !== undefined && delay >= remaining) {
        return undefined;
      }
      return delay;
    };

    /** One attempt; a failure that should not be retried is wrapped in p-retry's `AbortError`. */
    const tryOnce = async (attemptNumber: number): Promise<Response> => {
      try {
        return await attempt(attemptNumber);
      } catch (caught) {
        const error = ConduitError.isInstance(caught)
          ? caught
          : classifyFetchError(caught, callerSignal?.aborted ? 'caller' : undefined, { method, host, timeoutMs }).error;
        const delay = decide(error, attemptNumber);
        if (delay === undefined) {
          throw new AbortError(error);
        }
        const hook = options.onRetry?.({ error, attempt: attemptNumber, delayMs: delay, method, url: redact(template.url) });
        if (hook === false) {
          throw new AbortError(error);
        }
        if (!skipRetryCount) {
          retriesUsed++;
          stats.retries++;
        }
        nextDelay = delay;
        log?.(`retrying ${method} ${template.url} in ${delay} ms after ${error.name}`);
        throw error;
      }
    };

    /** Between attempts: refresh credentials after a 401, else wait the chosen delay. */
    const beforeRetry = async (): Promise<void> => {
      if (skipRetryCount) {
        await auth.refresh?.(authContext);
      } else if (nextDelay > 0) {
        await sleep(nextDelay, callerSignal);
      }
    };

    try {
      // The first attempt runs outside p-retry: most calls succeed at once and need none of its bookkeeping.
      try {
        return await tryOnce(1);
      } catch (error) {
        if (error instanceof AbortError) {
          throw error.originalError;
        }
        await beforeRetry();
      }
      return await pRetry((attemptNumber) => tryOnce(attemptNumber + 1), {
        retries: Number.POSITIVE_INFINITY,
        minTimeout: 0,
        maxTimeout: 0,
        factor: 1,
        onFailedAttempt: beforeRetry,
      });
    } catch (error) {
      stats.failures++;
      throw ConduitError.isInstance(error)
        ? error
        : classifyFetchError(error, callerSignal?.aborted ? 'caller' : undefined, { method, host, timeoutMs }).error;
    }
  }

  const transport = ((input: Request | string | URL, init?: RequestInit) => send(input, init, {})) as Transport;
  Object.defineProperties(transport, {
    with: { value: (call: CallOptions) => (input: Request | string | URL, init?: RequestInit) => send(input, init, call) },
    provider: { value: provider },
    stats: { value: stats },
  });
  return transport;
}

const notSentErrors = new WeakSet<ConduitError>();

/**
 * The wait a non-429 answer asks for. `Retry-After`/`retry-after-ms` always count; a hint that
 * only came from a window header (api.video sends `X-RateLimit-Retry-After` on every answer)
 * counts only when the budget is spent, as in the limiter's `applyState`.
 */
function serverHint(error: APIError): number | undefined {
  const state = error.rateLimit;
  if (state?.retryAfterMs === undefined) {
    return undefined;
  }
  const explicit = error.headers['retry-after'] !== undefined || error.headers['retry-after-ms'] !== undefined;
  return explicit || !state.remaining ? state.retryAfterMs : undefined;
}
