import type { AuthContext, AuthStrategy } from '../auth/auth-strategy.js';
import { createDebugLogger, type DebugLogger } from '../logging/create-debug-logger.js';
import { MemoryRateLimitStore } from '../rate-limit/memory-rate-limit-store.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';
import type { RetryPolicy } from '../retry/decide-retry.js';
import { defaultSleep, type Sleep } from '../retry/sleep.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { isBrowser } from './is-browser.js';
import type { Middleware } from './middleware.js';
import type { TransportOptions } from './transport-options.js';
import type { TransportStats } from './transport-stats.js';

/** What every step of one transport shares: its options resolved to defaults once, its counters and its middleware. */
export interface TransportRuntime {
  readonly options: TransportOptions;
  readonly provider: string;
  readonly auth: AuthStrategy;
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly store: RateLimitStore;
  readonly concurrency: ConcurrencyLimiter | undefined;
  readonly log: DebugLogger;
  readonly attemptHeader: string | false;
  readonly requestIdHeader: string;
  readonly policy: RetryPolicy;
  /** `manual` (redirects followed by hand, credentials dropped cross-origin) except in browsers. */
  readonly redirectMode: RequestRedirect;
  readonly stats: TransportStats;
  /** Client-level middleware, internal ones first; replaced (never mutated) by `use()`, so calls in flight keep theirs. */
  middleware: readonly Middleware[];
  /** The last rate-limit state seen per limiter key, for hook contexts and `onRateLimit` on limiter waits. */
  readonly lastRateLimit: Map<string, RateLimitState>;
  /** The last plain-http origin found to be loopback (with a trailing `/`), so the next call to it skips the URL parse. */
  checkedOrigin: string | undefined;
  /** The auth context of calls without a signal of their own (shared: nothing per call to allocate). */
  readonly authContext: AuthContext;
}

/** Resolves a transport's options to the values its steps read. */
export function createTransportRuntime(options: TransportOptions): TransportRuntime {
  const fetchForAuth = (...args: Parameters<typeof fetch>) => (options.fetch ?? globalThis.fetch)(...args);
  return {
    options,
    provider: options.provider,
    auth: options.auth,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? defaultSleep,
    store: options.rateLimitStore ?? new MemoryRateLimitStore(),
    concurrency: options.maxConcurrency ? new ConcurrencyLimiter(options.maxConcurrency) : undefined,
    log: createDebugLogger(options.debug, options.provider),
    attemptHeader: options.attemptHeader === undefined ? 'x-conduit-retry-count' : options.attemptHeader,
    requestIdHeader: options.requestIdHeader ?? 'x-request-id',
    policy: { maxRetryAfter: options.maxRetryAfter ?? 60_000, backoff: options.backoff },
    redirectMode: isBrowser() ? 'follow' : 'manual',
    stats: { calls: 0, attempts: 0, retries: 0, rateLimited: 0, failures: 0 },
    middleware: options.middleware ?? [],
    lastRateLimit: new Map(),
    checkedOrigin: undefined,
    authContext: { fetch: fetchForAuth, signal: undefined },
  };
}
