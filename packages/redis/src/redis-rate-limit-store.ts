import { ConfigurationError, MemoryRateLimitStore, probeIntervalMs, type RateLimitState, type RateLimitStore, redact } from '@conduit/core';
import type { Redis } from 'ioredis';
import { createRedisClient } from './create-redis-client.js';
import { pacingMargin } from './lua/pacing-margin.js';
import { reserveScript } from './lua/reserve-script.js';
import { defineScript, runScript } from './lua/run-script.js';
import { updateScript } from './lua/update-script.js';
import { defaultRedisRateLimitStoreOptions, type RedisRateLimitStoreOptions } from './redis-rate-limit-store-options.js';
import { whenReady } from './when-ready.js';
import { withDeadline } from './with-deadline.js';

const reserve = defineScript(reserveScript);
const update = defineScript(updateScript);

/**
 * A `RateLimitStore` in Redis, so every process using the same Redis shares one budget per
 * provider, bucket and key. Both operations are single atomic Lua scripts with the semantics of
 * `MemoryRateLimitStore`. When Redis is unreachable or slow, this process carries on with a
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
  readonly #idleTtl: string;
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
    const idleTtlMs = positive('idleTtlMs', options.idleTtlMs ?? defaults.idleTtlMs);
    this.#idleTtl = String(Math.ceil(idleTtlMs));
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

  async reserve(key: string, now: number): Promise<number> {
    if (!this.#shouldTryRedis()) {
      return this.#local.reserve(key, now);
    }
    try {
      const wait = await this.#run(reserve, key, [String(now), this.#idleTtl, String(probeIntervalMs), String(pacingMargin)]);
      return typeof wait === 'string' ? parseLuaNumber(wait) : 0;
    } catch (error) {
      this.#failed(error);
      return this.#local.reserve(key, now);
    }
  }

  async update(key: string, state: RateLimitState): Promise<void> {
    // Mirrored locally, so a fallback starts from this process's latest view, not from nothing.
    this.#local.update(key, state);
    if (!this.#shouldTryRedis()) {
      return;
    }
    try {
      await this.#run(update, key, [
        text(state.limit),
        text(state.remaining),
        text(state.resetAt),
        text(state.retryAfterMs),
        String(state.observedAt),
        this.#idleTtl,
        String(probeIntervalMs),
      ]);
    } catch (error) {
      this.#failed(error);
    }
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

  async #run(script: typeof reserve, key: string, args: readonly string[]): Promise<unknown> {
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

function text(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Lua's `%g` spells infinity `inf`; everything else is a plain decimal. */
function parseLuaNumber(value: string): number {
  return value === 'inf' ? Number.POSITIVE_INFINITY : value === '-inf' ? Number.NEGATIVE_INFINITY : Number(value);
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
