import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiKeyHeader, createTransport, keyFingerprint, MemoryRateLimitStore, type RateLimitStore } from '@conduit/core';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisRateLimitStore } from '../src/index.js';
import { createTestClient, deleteUnder, keysUnder, uniquePrefix } from './helpers/redis-clients.js';

const port = inject('redisPort');
const apiKey = 'gk_live_0123456789abcdefSECRET';
const limit = 3;
const windowMs = 30_000;

/** A fake clock shared by the server and both transports; `sleep` advances it and records the wait. */
let clock = 0;
const sleeps: number[] = [];
const now = () => clock;
const sleep = async (ms: number) => {
  sleeps.push(ms);
  clock += ms;
};

/**
 * A token-bucket API on the fake clock: `limit` requests per `windowMs`, refilled continuously,
 * 429 when empty. It reports the window length as `X-RateLimit-Reset` (seconds), as rolling-window
 * APIs do, so the limiter learns the true refill rate.
 */
let tokens = limit;
let refilledAt = 0;
const arrivals: Array<{ at: number; status: number }> = [];
let server: Server;
let origin: string;
let redis: Redis;
const stores: RedisRateLimitStore[] = [];

beforeAll(async () => {
  server = createServer((_request, response) => {
    tokens = Math.min(limit, tokens + ((clock - refilledAt) * limit) / windowMs);
    refilledAt = clock;
    const status = tokens >= 1 ? 200 : 429;
    if (status === 200) {
      tokens -= 1;
    }
    arrivals.push({ at: clock, status });
    response.writeHead(status, {
      'content-type': 'application/json',
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.floor(tokens)),
      'x-ratelimit-reset': String(windowMs / 1000),
      ...(status === 429 ? { 'retry-after': String(Math.ceil(((1 - tokens) * windowMs) / limit / 1000)) } : {}),
    });
    response.end(status === 429 ? '{"error":"rate limited"}' : '{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  redis = createTestClient(port);
  await redis.connect();
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await redis.quit();
});

function reset(): void {
  clock = Date.UTC(2030, 0, 1, 12, 0, 0);
  tokens = limit;
  refilledAt = clock;
  arrivals.length = 0;
  sleeps.length = 0;
}

function transportWith(rateLimitStore: RateLimitStore) {
  return createTransport({ provider: 'genai', auth: apiKeyHeader('authorization')(apiKey), rateLimitStore, now, sleep, maxRetries: 0 });
}

async function get(transport: ReturnType<typeof transportWith>): Promise<number> {
  const response = await transport(`${origin}/v1/models`);
  await response.text();
  return response.status;
}

interface Outcome {
  statuses: number[];
  sleeps: number[];
  arrivals: Array<{ at: number; status: number }>;
}

/** Two transports (two processes) make four calls in turn, A B A B, against the same API key. */
async function run(storeA: RateLimitStore, storeB: RateLimitStore): Promise<Outcome> {
  reset();
  const a = transportWith(storeA);
  const b = transportWith(storeB);
  const statuses: number[] = [];
  for (const transport of [a, b, a, b]) {
    statuses.push(await get(transport).catch((error: { status: number }) => error.status));
  }
  return { statuses, sleeps: [...sleeps], arrivals: [...arrivals] };
}

describe('createTransport with a RedisRateLimitStore', () => {
  it('waits before sending when two processes have spent the shared budget', async () => {
    const prefix = uniquePrefix();
    const onWarning = (message: string) => expect.fail(message);
    stores.push(new RedisRateLimitStore({ port, keyPrefix: prefix, commandTimeoutMs: 5000, onWarning }));
    stores.push(new RedisRateLimitStore({ port, keyPrefix: prefix, commandTimeoutMs: 5000, onWarning }));
    const start = Date.UTC(2030, 0, 1, 12, 0, 0);
    const outcome = await run(stores[0] as RedisRateLimitStore, stores[1] as RedisRateLimitStore);

    // A learns 2 of 3 are left, B and A spend them; B's second call waits for the budget, then sends.
    expect(outcome.statuses).toEqual([200, 200, 200, 200]);
    expect(outcome.sleeps).toHaveLength(1);
    expect(outcome.sleeps[0]).toBeGreaterThan(0);
    expect(outcome.arrivals.map((arrival) => arrival.at)).toEqual([start, start, start, start + (outcome.sleeps[0] ?? 0)]);
    // The two processes behave exactly like two transports sharing one in-memory store.
    const shared = new MemoryRateLimitStore();
    expect(outcome).toEqual(await run(shared, shared));

    // The shared state is namespaced and keyed by the fingerprint, never by the key itself.
    const keys = await keysUnder(redis, prefix);
    expect(keys).toEqual([`${prefix}genai:default:${keyFingerprint(apiKey)}`]);
    expect(keys.join()).not.toContain(apiKey);
    await deleteUnder(redis, prefix);
  });

  it('(control) two unshared in-memory stores send the fourth call at once and earn a 429', async () => {
    const outcome = await run(new MemoryRateLimitStore(), new MemoryRateLimitStore());
    expect(outcome.sleeps).toEqual([]);
    expect(outcome.statuses).toEqual([200, 200, 200, 429]);
  });
});
