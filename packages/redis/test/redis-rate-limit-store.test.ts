import { ConfigurationError, MemoryRateLimitStore, type PacingState, type RateLimitState } from '@conduit/core';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisRateLimitStore } from '../src/index.js';
import { createTestClient, deleteUnder, uniquePrefix } from './helpers/redis-clients.js';

const port = inject('redisPort');
const now = 1_900_000_000_000;
let redis: Redis;
let prefix: string;
let store: RedisRateLimitStore;

beforeAll(async () => {
  redis = createTestClient(port);
  await redis.connect();
});

afterEach(async () => {
  await store.close();
  await deleteUnder(redis, prefix);
});

afterAll(async () => {
  await redis.quit();
});

function createStore(options: { idleTtlMs?: number } = {}): RedisRateLimitStore {
  prefix = uniquePrefix();
  store = new RedisRateLimitStore({
    port,
    keyPrefix: prefix,
    commandTimeoutMs: 5000,
    onWarning: (message) => expect.fail(message),
    ...options,
  });
  return store;
}

type Step = { update: RateLimitState } | { reserve: number };

/** Runs `steps` on the Redis store and on a `MemoryRateLimitStore`; every wait must match. Returns the waits. */
async function runBoth(steps: Step[]): Promise<number[]> {
  const memory = new MemoryRateLimitStore();
  const waits: number[] = [];
  for (const step of steps) {
    if ('update' in step) {
      await store.update('k', step.update);
      memory.update('k', step.update);
    } else {
      const wait = await store.reserve('k', step.reserve);
      expect(wait).toBe(memory.reserve('k', step.reserve));
      waits.push(wait);
    }
  }
  return waits;
}

describe('RedisRateLimitStore semantics (those of MemoryRateLimitStore: the same pacing code)', () => {
  it('admits at once for an unknown key', async () => {
    createStore();
    expect(await store.reserve('p:default:f', now)).toBe(0);
  });

  it('fixed window declared by a policy: the window is used whole, then requests queue for the next one', async () => {
    createStore();
    const waits = await runBoth([
      { update: { limit: 2, remaining: 1, resetAt: now + 1000, windowMs: 1000, resetPrecisionMs: 1000, observedAt: now } },
      { reserve: now + 1 },
      { reserve: now + 2 },
      { reserve: now + 3 },
      { reserve: now + 4 },
    ]);
    expect(waits).toEqual([0, 998, 997, 1996]);
  });

  it('token bucket seen through a creeping absolute reset: paces at the refill rate', async () => {
    createStore();
    const waits = await runBoth([
      { update: { limit: 10, remaining: 0, resetAt: now + 1000, resetPrecisionMs: 1, resetAbsolute: true, observedAt: now } },
      { update: { limit: 10, remaining: 0, resetAt: now + 1100, resetPrecisionMs: 1, resetAbsolute: true, observedAt: now + 100 } },
      ...Array.from({ length: 4 }, () => ({ reserve: now + 100 })),
    ]);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[3]! - waits[2]!).toBeCloseTo(101, 0);
  });

  it('headerless 429s: adapts as the memory store does', async () => {
    createStore();
    const steps: Step[] = [];
    for (let index = 0; index < 30; index++) {
      steps.push({ reserve: now + index * 20 });
      if (index % 10 === 9) {
        steps.push({ update: { throttled: true, observedAt: now + index * 20 + 1 } });
      }
    }
    const waits = await runBoth(steps);
    expect(waits.some((wait) => wait > 0)).toBe(true);
  });

  it('a Retry-After without counts blocks everyone until it passes; the retry itself goes on time', async () => {
    createStore();
    const waits = await runBoth([
      { update: { retryAfterMs: 3000, explicitRetryAfter: true, throttled: true, observedAt: now } },
      { reserve: now + 1000 },
      { reserve: now + 3000 },
    ]);
    expect(waits).toEqual([2000, 0]);
  });
});

describe('RedisRateLimitStore keys', () => {
  it("stores a budget under keyPrefix + key as core's PacingState in JSON", async () => {
    createStore();
    await store.update('genai:default:abc123', { limit: 5, remaining: 4, resetAt: now + 60_000, observedAt: now });
    const stored = JSON.parse((await redis.get(`${prefix}genai:default:abc123`)) ?? '{}') as PacingState;
    expect(stored).toMatchObject({ mode: 'window', limit: 5, used: 1, windowEnd: now + 60_000, lastRemaining: 4 });
  });

  it('uses conduit:rl: as the default key prefix', async () => {
    prefix = 'conduit:rl:test-default-prefix:';
    store = new RedisRateLimitStore({ port });
    await store.update('test-default-prefix:k', { remaining: 1, observedAt: now });
    expect(await redis.exists('conduit:rl:test-default-prefix:k')).toBe(1);
  });

  it('expires idle budgets idleTtlMs after they stop mattering', async () => {
    createStore({ idleTtlMs: 60_000 });
    const at = Date.now();
    const ttl = (key: string) => redis.pttl(`${prefix}${key}`);

    await store.update('idle', { remaining: 3, observedAt: at });
    expect(await ttl('idle')).toBeGreaterThan(55_000);
    expect(await ttl('idle')).toBeLessThanOrEqual(60_000);

    await store.update('window', { remaining: 3, resetAt: at + 30_000, observedAt: at });
    expect(await ttl('window')).toBeGreaterThan(85_000);
    expect(await ttl('window')).toBeLessThanOrEqual(90_000);

    await store.update('blocked', { retryAfterMs: 120_000, explicitRetryAfter: true, observedAt: at });
    expect(await ttl('blocked')).toBeGreaterThan(175_000);

    // A reservation refreshes the expiry too.
    await redis.pexpire(`${prefix}idle`, 1000);
    await store.reserve('idle', at);
    expect(await ttl('idle')).toBeGreaterThan(55_000);
  });

  it('lets an idle budget expire for real', async () => {
    createStore({ idleTtlMs: 30 });
    await store.update('short', { remaining: 0, observedAt: Date.now() - 60_000 });
    await expect.poll(() => redis.exists(`${prefix}short`), { timeout: 2000, interval: 20 }).toBe(0);
  });

  it('starts again from a fresh budget when the stored value is not a budget', async () => {
    createStore();
    await redis.set(`${prefix}k`, 'not json');
    expect(await store.reserve('k', now)).toBe(0);
  });
});

describe('RedisRateLimitStore connections', () => {
  it('closes only the connection it opened', async () => {
    createStore();
    const own = new RedisRateLimitStore({ port, keyPrefix: prefix });
    const passed = createTestClient(port);
    const borrowed = new RedisRateLimitStore({ redis: passed, keyPrefix: prefix });
    await own.update('k', { remaining: 1, observedAt: now });
    await borrowed.update('k', { remaining: 1, observedAt: now });
    await own.close();
    await borrowed.quit();
    expect(passed.status).toBe('ready');
    expect(await passed.ping()).toBe('PONG');
    await passed.quit();
  });

  it('connects a lazy client passed in that has not connected yet', async () => {
    createStore();
    const lazy = createTestClient(port);
    const borrowed = new RedisRateLimitStore({ redis: lazy, keyPrefix: prefix, onWarning: (message) => expect.fail(message) });
    await borrowed.update('k', { remaining: 0, resetAt: now + 100, observedAt: now });
    expect(await borrowed.reserve('k', now)).toBe(100);
    await lazy.quit();
  });

  it('refuses nonsense durations with a ConfigurationError, before connecting', () => {
    createStore();
    expect(() => new RedisRateLimitStore({ port, idleTtlMs: 0 })).toThrow(ConfigurationError);
    expect(() => new RedisRateLimitStore({ port, commandTimeoutMs: Number.NaN })).toThrow(/commandTimeoutMs/);
  });
});
