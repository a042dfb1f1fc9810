import { MemoryRateLimitStore } from '@conduit/core';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisRateLimitStore } from '../src/index.js';

import { createTestClient, deleteUnder, uniquePrefix } from './helpers/redis-clients.js';

const port = inject('redisPort');
const now = 1_900_000_000_000;
const prefix = uniquePrefix();
let first: RedisRateLimitStore;
let second: RedisRateLimitStore;
let redis: Redis;

beforeAll(async () => {
  const onWarning = (message: string) => expect.fail(message);
  // Two stores, two connections: two processes of one fleet.
  first = new RedisRateLimitStore({ port, keyPrefix: prefix, commandTimeoutMs: 5000, onWarning });
  second = new RedisRateLimitStore({ port, keyPrefix: prefix, commandTimeoutMs: 5000, onWarning });
  redis = createTestClient(port);
  await redis.connect();
});

afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  await deleteUnder(redis, prefix);
  await redis.quit();
});

describe('two RedisRateLimitStore instances on one Redis', () => {
  it('share one budget: remaining 5 admits exactly 5 across both, the rest wait for the reset', async () => {
    await first.update('genai:default:f1', { remaining: 5, resetAt: now + 60_000, observedAt: now });
    const waits = await Promise.all(
      Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? first : second).reserve('genai:default:f1', now + 10)),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait !== 0)).toEqual(Array.from({ length: 7 }, () => 59_990));
  });

  it('share one queue: requests beyond the budget queue fleet-wide exactly as in one process', async () => {
    const state = { limit: 5, remaining: 5, resetAt: now + 60_000, observedAt: now };
    await first.update('genai:default:f3', state);
    const waits = await Promise.all(
      Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? first : second).reserve('genai:default:f3', now)),
    );
    const oneProcess = new MemoryRateLimitStore();
    oneProcess.update('genai:default:f3', state);
    const expected = Array.from({ length: 12 }, () => oneProcess.reserve('genai:default:f3', now));
    expect(waits.sort((a, b) => a - b)).toEqual(expected);
    expect(expected.filter((wait) => wait === 0)).toHaveLength(5);
  });

  it('see a block that the other one recorded', async () => {
    await second.update('genai:default:f2', { remaining: 0, retryAfterMs: 2000, observedAt: now });
    expect(await first.reserve('genai:default:f2', now + 500)).toBe(1500);
  });
});
