import {
  ConfigurationError,
  MemoryRateLimitStore,
  observePacing,
  type PacingState,
  type RateLimitState,
  type RateLimitStore,
  redact,
  reservePacing,
} from '@conduit/core';
import type { Redis } from 'ioredis';
import { createRedisClient } from './create-redis-client.js';
import { defineScript, runScript } from './lua/run-script.js';
import { swapScript } from './lua/swap-script.js';
import { decodePacing, encodePacing, pacingTtlMs } from './pacing-codec.js';
import { defaultRedisRateLimitStoreOptions, type RedisRateLimitStoreOptions } from './redis-rate-limit-store-options.js';
import { whenReady } from './when-ready.js';
import { withDeadline } from './with-deadline.js';

const swap = defineScript(swapScript);

/** Compare-and-set rounds before a contended budget is counted locally for this one call. */
const maxSwapRounds = 16;

/**
 * A `RateLimitStore` in Redis, so every process using the same Redis shares one budget per
 * provider, bucket and key. Each operation runs core's pacing (`reservePacing`/`observePacing`, the
 * code `MemoryRateLimitStore` runs) on the budget read from Redis and writes it back with an atomic
 * Lua compare-and-set, retried from the fresh value when another process got there first: the fleet
 * paces as one process would. When Redis is unreachable or slow, this process carries on with a
 * local `MemoryRateLimitStore` (one warning per outage) and returns to Redis once it answers.
 *
 * @example
 * ```ts
 * import { createGenAIClient } from '@conduit/genai';
 * import { RedisRateLimitStore } from '@conduit/redis';
 *
 * const rateLimitStore = new RedisRateLimitStore({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
 * const client = createGenAIClient({ rateLimitStore });
 * // on shutdown
 * await rateLimitStore.close();
 * ```
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: Redis;
  readonly #ownsConnection: boolean;
  readonly #local = new MemoryRateLimitStore();
  readonly #keyPrefix: string;
  readonly #idleTtlMs: number;
  readonly #seen = new Map<string, string>();
  readonly #reasons = new Map<string, string>();
  #lastReason = '';
  readonly #commandTimeoutMs: number;
  readonly #recheckIntervalMs: number;
  readonly #onWarning: (message: string, error: unknown) => void;
  /** A (re)connected client ends a fallback as soon as a probe confirms it answers. */
  readonly #onReady = () => {
    this.#recheckAt = 0;
    this.#shouldTryRedis();
  };
  #fallback = false;
  #probing = false;
  #recheckAt = 0;
  #closed = false;

  constructor(options: RedisRateLimitStoreOptions = {}) {
    const defaults = defaultRedisRateLimitStoreOptions;
    this.#keyPrefix = options.keyPrefix ?? defaults.keyPrefix;
    this.#idleTtlMs = positive('idleTtlMs', options.idleTtlMs ?? defaults.idleTtlMs);
    this.#commandTimeoutMs = positive('commandTimeoutMs', options.commandTimeoutMs ?? defaults.commandTimeoutMs);
    this.#recheckIntervalMs = positive('recheckIntervalMs', options.recheckIntervalMs ?? defaults.recheckIntervalMs);
    this.#onWarning = options.onWarning ?? defaultWarning;
    this.#ownsConnection = options.redis === undefined;
    this.#redis = options.redis ?? createRedisClient(options, this.#commandTimeoutMs);
    this.#redis.on('ready', this.#onReady);
  }

  /** `true` while Redis is unreachable and this process counts on its own. */
  get usingFallback(): boolean {
    return this.#fallback;
  }

  /** Reserves one request at `now` on the shared budget: 0 to send at once, else the wait in milliseconds. */
  async reserve(key: string, now: number): Promise<number> {
    if (!this.#shouldTryRedis()) {
      return this.#local.reserve(key, now);
    }
    try {
      const wait = await this.#transact(key, now, (state) => reservePacing(state, now));
      if (wait === undefined) {
        return this.#local.reserve(key, now);
      }
      this.#reasons.set(key, this.#lastReason);
      return wait;
    } catch (error) {
      this.#failed(error);
      return this.#local.reserve(key, now);
    }
  }

  /** Folds one answer into the shared budget (and this process's fallback copy). */
  async update(key: string, state: RateLimitState): Promise<void> {
    // Mirrored locally, so a fallback starts from this process's latest view, not from nothing.
    this.#local.update(key, state);
    if (!this.#shouldTryRedis()) {
      return;
    }
    try {
      await this.#transact(key, state.observedAt, (pacing) => observePacing(pacing, state));
    } catch (error) {
      this.#failed(error);
    }
  }

  /** Why the last reservation for `key` made by this process waited, or `''`. */
  reason(key: string): string {
    return this.#reasons.get(key) ?? this.#local.reason(key);
  }

  /**
   * Reads the budget, applies `change`, and writes it back only if no other process changed it in
   * between; on a conflict, starts again from the value Redis returned. `undefined` after too many
   * conflicts (the caller counts locally for this one call).
   */
  async #transact<T>(key: string, now: number, change: (state: PacingState) => T): Promise<T | undefined> {
    let expected = this.#seen.get(key) ?? '';
    for (let round = 0; round < maxSwapRounds; round++) {
      const state = decodePacing(expected);
      const result = change(state);
      this.#lastReason = state.reason;
      const next = encodePacing(state);
      const answer = (await this.#run(swap, key, [expected, next, String(pacingTtlMs(state, now, this.#idleTtlMs))])) as [number, string?];
      if (answer[0] === 1) {
        this.#remember(key, next);
        return result;
      }
      expected = answer[1] ?? '';
    }
    this.#seen.delete(key);
    return undefined;
  }

  /** The last value this process wrote or saw per key (a few hundred keys at most), to swap without reading first. */
  #remember(key: string, value: string): void {
    if (this.#seen.size >= 1000 && !this.#seen.has(key)) {
      this.#seen.clear();
      this.#reasons.clear();
    }
    this.#seen.set(key, value);
  }

  /**
   * Closes the connection the store opened itself; a client passed as `redis` stays open.
   * Afterwards the store keeps counting in this process's memory.
   */
  async close(): Promise<void> {
    if (this.#closed) {
      return;
    }
    this.#closed = true;
    this.#redis.off('ready', this.#onReady);
    if (!this.#ownsConnection) {
      return;
    }
    if (this.#redis.status === 'ready') {
      try {
        await this.#redis.quit();
        return;
      } catch {
        // Not answering: drop the socket below.
      }
    }
    this.#redis.disconnect();
  }

  /** The same as `close()`, under ioredis's name. */
  quit(): Promise<void> {
    return this.close();
  }

  #shouldTryRedis(): boolean {
    if (this.#closed) {
      return false;
    }
    if (this.#fallback && !this.#probing && performance.now() >= this.#recheckAt) {
      this.#probe();
    }
    return !this.#fallback;
  }

  /** While on the fallback, checks Redis with a `PING` off the request path; requests never wait for it. */
  #probe(): void {
    this.#probing = true;
    const redis = this.#redis;
    withDeadline(this.#commandTimeoutMs, 'no answer', async (signal) => {
      await whenReady(redis, signal);
      await redis.ping();
    })
      .then(
        () => {
          this.#fallback = false;
        },
        () => {
          this.#recheckAt = performance.now() + this.#recheckIntervalMs;
        },
      )
      .finally(() => {
        this.#probing = false;
      });
  }

  async #run(script: typeof swap, key: string, args: readonly string[]): Promise<unknown> {
    const redis = this.#redis;
    // Only a probe ends a fallback: a late success of a call sent before it must not, or the next
    // failure would warn again.
    return withDeadline(this.#commandTimeoutMs, `no answer within ${this.#commandTimeoutMs} ms`, async (signal) => {
      await whenReady(redis, signal);
      return runScript(redis, script, this.#keyPrefix + key, args);
    });
  }

  #failed(error: unknown): void {
    this.#recheckAt = performance.now() + this.#recheckIntervalMs;
    if (this.#fallback) {
      return;
    }
    this.#fallback = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.#onWarning(
      redact(`@conduit/redis: Redis is not answering (${reason}); rate limits are counted in this process's memory until it is back.`),
      error,
    );
  }
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(`RedisRateLimitStore: ${name} must be a positive number of milliseconds, got ${value}`);
  }
  return value;
}

function defaultWarning(message: string): void {
  // biome-ignore lint/suspicious/noConsole: the documented default sink for the one outage warning
  console.warn(message);
}
