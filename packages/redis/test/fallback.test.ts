import { createServer, type Server, type Socket } from 'node:net';
import { MemoryRateLimitStore } from '@conduit/core';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { RedisRateLimitStore } from '../src/index.js';
import { createTestClient, uniquePrefix } from './helpers/redis-clients.js';
import { findFreePort, startRedisServer } from './helpers/redis-server.js';

const now = 1_900_000_000_000;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

function collectWarnings(): { warnings: string[]; onWarning: (message: string) => void } {
  const warnings: string[] = [];
  return { warnings, onWarning: (message) => warnings.push(message) };
}

/** Exercises the store the way the transport does; every call must succeed. */
async function exerciseLocally(store: RedisRateLimitStore, key: string): Promise<void> {
  expect(await store.reserve(key, now)).toBe(0);
  await store.update(key, { remaining: 1, resetAt: now + 5000, observedAt: now });
  expect(await store.reserve(key, now + 1)).toBe(0);
  expect(await store.reserve(key, now + 2)).toBe(4998);
}

describe('RedisRateLimitStore without Redis', () => {
  it('counts in memory with exactly one warning when nothing listens on the port', async () => {
    const { warnings, onWarning } = collectWarnings();
    const store = new RedisRateLimitStore({ port: await findFreePort(), keyPrefix: uniquePrefix(), onWarning });
    cleanups.push(() => store.close());
    await exerciseLocally(store, 'p:default:down');
    for (let index = 0; index < 20; index++) {
      await store.update('p:default:other', { remaining: 0, resetAt: now + 1000, observedAt: now });
      expect(await store.reserve('p:default:other', now)).toBe(1000);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^@conduit\/redis: Redis is not answering \(.+\); rate limits are counted in this process's memory/);
    // No wall-clock bound (a loaded machine makes any bound flaky): one warning and the fallback flag show
    // that the store stopped trying Redis after the first failure.
    expect(store.usingFallback).toBe(true);
  });

  it('falls back after the command timeout when Redis accepts connections but never answers', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) {
            socket.destroy();
          }
          silent.close(() => resolve());
        }),
    );
    const address = silent.address();
    const { warnings, onWarning } = collectWarnings();
    const store = new RedisRateLimitStore({
      port: typeof address === 'object' && address !== null ? address.port : 0,
      commandTimeoutMs: 100,
      onWarning,
    });
    cleanups.push(() => store.close());
    // No wall-clock bound (a loaded machine makes any bound flaky): the warning proves the 100 ms command
    // timeout ended the wait, and the answer proves the call fell back instead of throwing.
    expect(await store.reserve('p:default:hung', now)).toBe(0);
    await exerciseLocally(store, 'p:default:hung2');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('no answer within 100 ms');
  });

  it('falls back when a command fails (a key of the wrong type) and never throws', async () => {
    const redis = createTestClient(inject('redisPort'));
    cleanups.push(() => redis.quit());
    const prefix = uniquePrefix();
    await redis.hset(`${prefix}p:default:wrong`, 'field', 'not a string');
    cleanups.push(() => redis.del(`${prefix}p:default:wrong`));
    const { warnings, onWarning } = collectWarnings();
    const store = new RedisRateLimitStore({ redis, keyPrefix: prefix, onWarning });
    cleanups.push(() => store.close());
    await exerciseLocally(store, 'p:default:wrong');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('WRONGTYPE');
  });
});

describe('RedisRateLimitStore when its Redis stops and comes back', () => {
  it('falls back with one warning while Redis is down and uses Redis again once it restarts', async () => {
    let server = await startRedisServer();
    cleanups.push(() => server.stop());
    const port = server.port;
    const { warnings, onWarning } = collectWarnings();
    const prefix = uniquePrefix();
    const store = new RedisRateLimitStore({ port, keyPrefix: prefix, onWarning, recheckIntervalMs: 100 });
    cleanups.push(() => store.close());
    const key = 'p:default:midrun';
    const inRedis = async (): Promise<{ used?: number; lastRemaining?: number }> => {
      const check: Redis = createTestClient(port);
      try {
        await check.connect();
        return JSON.parse((await check.get(prefix + key)) ?? '{}');
      } finally {
        check.disconnect();
      }
    };

    await store.update(key, { limit: 5, remaining: 5, resetAt: now + 60_000, observedAt: now });
    expect(await store.reserve(key, now)).toBe(0);
    expect((await inRedis()).used).toBe(1);

    await server.stop();
    // Down: every call still answers, from memory (which saw the last update), with one warning.
    const reference = new MemoryRateLimitStore();
    reference.update(key, { limit: 5, remaining: 5, resetAt: now + 60_000, observedAt: now });
    for (let index = 0; index < 10; index++) {
      expect(await store.reserve(key, now + index)).toBe(reference.reserve(key, now + index));
    }
    await store.update(key, { remaining: 0, resetAt: now + 60_000, observedAt: now + 20 });
    expect(store.usingFallback).toBe(true);
    expect(warnings).toHaveLength(1);

    server = await startRedisServer(port);
    // Back (and empty: no persistence). The store reconnects and writes to Redis again.
    await expect
      .poll(
        async () => {
          await store.update(key, { limit: 5, remaining: 2, resetAt: now + 90_000, observedAt: now + 30 });
          return (await inRedis()).lastRemaining;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(2);
    expect(store.usingFallback).toBe(false);
    expect(await store.reserve(key, now + 30)).toBe(0);
    // A fresh budget in the restarted Redis: 3 used as the server said, plus this reservation.
    expect((await inRedis()).used).toBe(4);
    expect(warnings).toHaveLength(1);
  });
});
