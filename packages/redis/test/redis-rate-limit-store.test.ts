import { ConfigurationError, MemoryRateLimitStore, probeIntervalMs, type RateLimitState } from '@conduit/core';
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

describe('RedisRateLimitStore semantics (those of MemoryRateLimitStore)', () => {
  it('admits at once for an unknown key and writes nothing', async () => {
    createStore();
    expect(await store.reserve('p:default:f', now)).toBe(0);
    expect(await redis.exists(`${prefix}p:default:f`)).toBe(0);
  });

  it('counts reservations down from remaining, then waits for the reset (no limit known)', async () => {
    createStore();
    const waits = await runBoth([
      { update: { remaining: 2, resetAt: now + 5000, observedAt: now } },
      { reserve: now },
      { reserve: now + 100 },
      { reserve: now + 1000 },
    ]);
    expect(waits).toEqual([0, 0, 4000]);
  });

  it('admits again once the reset time has passed', async () => {
    createStore();
    expect(await runBoth([{ update: { remaining: 0, resetAt: now + 2000, observedAt: now } }, { reserve: now + 2000 }])).toEqual([0]);
  });

  it('fixed window: queues requests beyond the budget into the following windows', async () => {
    createStore();
    const waits = await runBoth([
      { update: { limit: 2, remaining: 0, resetAt: now + 2000, observedAt: now } },
      ...Array.from({ length: 5 }, () => ({ reserve: now })),
    ]);
    expect(waits[0]).toBe(2000);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits[4]).toBeGreaterThan(2000);
    expect(Number(await redis.hget(`${prefix}k`, 'remaining'))).toBe(-5);
  });

  it('token bucket (the count rose before the reset): paces queued requests at the refill rate', async () => {
    createStore();
    const waits = await runBoth([
      { update: { limit: 10, remaining: 3, resetAt: now + 2000, observedAt: now } },
      { update: { limit: 10, remaining: 4, resetAt: now + 2000, observedAt: now + 100 } },
      ...Array.from({ length: 8 }, () => ({ reserve: now + 100 })),
    ]);
    expect(await redis.hget(`${prefix}k`, 'continuous')).toBe('1');
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
  });

  it('lets one probe through per interval when the budget is spent and nothing else is known', async () => {
    createStore();
    await store.update('k', { remaining: 0, observedAt: now });
    expect(await store.reserve('k', now)).toBe(0);
    expect(await store.reserve('k', now + 10)).toBe(probeIntervalMs - 10);
    expect(await store.reserve('k', now + probeIntervalMs)).toBe(0);
  });

  it('blocks for a Retry-After when nothing remains, keeping the later block', async () => {
    createStore();
    await store.update('k', { retryAfterMs: 3000, observedAt: now });
    await store.update('k', { retryAfterMs: 1000, observedAt: now + 500 });
    expect(await store.reserve('k', now + 1000)).toBe(2000);
    expect(await store.reserve('k', now + 3000)).toBe(0);
  });

  it('does not block on a Retry-After-style header when requests remain', async () => {
    createStore();
    await store.update('k', { limit: 100, remaining: 50, retryAfterMs: 45_000, observedAt: now });
    expect(await store.reserve('k', now)).toBe(0);
  });

  it('keeps the lower remaining when an older answer arrives after a newer one', async () => {
    createStore();
    const waits = await runBoth([
      { update: { remaining: 1, resetAt: now + 5000, observedAt: now } },
      { update: { remaining: 6, resetAt: now + 5000, observedAt: now } },
      { reserve: now },
      { reserve: now },
    ]);
    expect(waits).toEqual([0, 5000]);
  });

  it('merges partial updates', async () => {
    createStore();
    await store.update('k', { remaining: 3, resetAt: now + 1000, observedAt: now });
    await store.update('k', { remaining: 0, observedAt: now + 10 });
    expect(await store.reserve('k', now + 10)).toBe(990);
  });

  it('agrees with the memory store to the last bit on fractional refills and waits', async () => {
    createStore();
    await runBoth([
      { update: { limit: 7, remaining: 1, resetAt: now + 3001, observedAt: now + 0.25 } },
      { update: { limit: 7, remaining: 2, resetAt: now + 3001, observedAt: now + 0.5 } },
      { reserve: now + 1 },
      { reserve: now + 333.3 },
      { reserve: now + 333.3 },
      { update: { remaining: 0, retryAfterMs: 1234.5678, observedAt: now + 400.1 } },
      { reserve: now + 401 },
      { reserve: now + 2000.7 },
    ]);
    expect(await redis.hget(`${prefix}k`, 'remaining')).not.toMatch(/^-?\d+$/);
  });
});

describe('RedisRateLimitStore keys', () => {
  it('stores a budget under keyPrefix + key as a hash of the budget fields', async () => {
    createStore();
    await store.update('genai:default:abc123', { limit: 5, remaining: 4, resetAt: now + 60_000, observedAt: now });
    expect(await redis.hgetall(`${prefix}genai:default:abc123`)).toEqual({
      limit: '5',
      remaining: '4',
      resetAt: String(now + 60_000),
      blockedUntil: '0',
      windowMs: '60000',
      refilledAt: String(now),
      probeAt: '0',
      serverRemaining: '4',
      continuous: '0',
    });
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

    await store.update('blocked', { retryAfterMs: 120_000, observedAt: at });
    expect(await ttl('blocked')).toBeGreaterThan(175_000);

    // Debt: 2 per 1 s window, 4 queued beyond a spent one; the queue drains over the next windows.
    await store.update('debt', { limit: 2, remaining: 0, resetAt: at + 1000, observedAt: at });
    for (let index = 0; index < 4; index++) {
      await store.reserve('debt', at);
    }
    expect(await ttl('debt')).toBeGreaterThan(62_000);
    expect(await ttl('debt')).toBeLessThanOrEqual(64_000);

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
