import {
  emptyPacingState,
  MemoryRateLimitStore,
  observePacing,
  type PacingState,
  probeIntervalMs,
  type RateLimitState,
  reservePacing,
} from '@conduit/core';
import fc from 'fast-check';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisRateLimitStore } from '../src/index.js';
import { createTestClient, deleteUnder, uniquePrefix } from './helpers/redis-clients.js';

const numRuns = process.env.CONDUIT_LONG ? 10_000 : 50;
const port = inject('redisPort');
const keys = ['p:default:a', 'p:default:b'] as const;

type Step =
  | { kind: 'reserve'; key: string; advance: number }
  | { kind: 'update'; key: string; advance: number; state: Omit<RateLimitState, 'observedAt'>; age: number };

// Counts lean to 0 (a spent budget); a limit is rarer, so histories without one (no refill rate) occur.
const small = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 }));
// No limit of 0: core then divides by it while pacing and returns NaN as the wait (reported to core).
const rareLimit = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) });
// Mostly multiples of 500 ms, so reservations land exactly on resets, block ends and probe
// intervals (where `<` and `<=` differ); sometimes any integer or a fractional duration.
const roundTime = fc.constantFrom(0, 0, 500, probeIntervalMs, 1500, 2000);
const time = (max: number) => fc.oneof({ weight: 3, arbitrary: roundTime }, { weight: 1, arbitrary: fc.integer({ min: 0, max }) });
const advance = time(3000);
const duration = fc.oneof(time(5000), fc.double({ min: 0, max: 5000, noNaN: true }));
// Mostly one key, so long histories build up on it; the second checks that keys stay apart.
const key = fc.constantFrom(keys[0], keys[0], keys[0], keys[1]);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reserve' as const), key, advance }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      key,
      advance,
      // An answer may be read a little before a reservation that already ran (concurrent calls).
      age: fc.oneof(fc.constant(0), time(1000)),
      state: fc.record(
        {
          limit: rareLimit,
          remaining: small,
          resetAt: fc.oneof(time(8000), fc.integer({ min: -2000, max: 0 })),
          retryAfterMs: duration,
          explicitRetryAfter: fc.boolean(),
          throttled: fc.boolean(),
          windowMs: fc.constantFrom(undefined, 1000, 60_000),
          resetPrecisionMs: fc.constantFrom(undefined, 1, 1000),
          resetAbsolute: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    }),
  },
);

let redis: Redis;
let store: RedisRateLimitStore;
let prefix: string;

beforeAll(async () => {
  redis = createTestClient(port);
  await redis.connect();
  prefix = uniquePrefix();
  // A generous command timeout: on a loaded CI machine a slow answer would switch the store to its local fallback.
  store = new RedisRateLimitStore({ port, keyPrefix: prefix, commandTimeoutMs: 5000, onWarning: (message) => expect.fail(message) });
});

/** The budget read back from Redis (the wait reason is process-local and not stored). */
async function budgetInRedis(key: string): Promise<PacingState | undefined> {
  const text = await redis.get(prefix + key);
  return text === null ? undefined : (JSON.parse(text) as PacingState);
}

afterAll(async () => {
  await store.close();
  await deleteUnder(redis, prefix);
  await redis.quit();
});

describe('RedisRateLimitStore against MemoryRateLimitStore', () => {
  it(
    'answers every reserve as the memory store does, and stores the same budget, for any sequence',
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
          fc.array(step, { minLength: 5, maxLength: 60 }),
          async (start, steps) => {
            run++;
            const memory = new MemoryRateLimitStore();
            // Core's own pacing functions (what both stores run), to compare the stored state too.
            const budgets = new Map<string, PacingState>();
            const scope = `run${run}:`;
            let clock = start;
            for (const current of steps) {
              clock += current.advance;
              const key = scope + current.key;
              if (current.kind === 'reserve') {
                const expected = memory.reserve(key, clock);
                expect(await store.reserve(key, clock)).toBe(expected);
                const budget = budgets.get(key) ?? emptyPacingState();
                budgets.set(key, budget);
                expect(reservePacing(budget, clock)).toBe(expected);
              } else {
                const observedAt = clock - current.age;
                const state: RateLimitState = {
                  ...current.state,
                  ...(current.state.resetAt === undefined ? {} : { resetAt: observedAt + current.state.resetAt }),
                  observedAt,
                };
                await store.update(key, state);
                memory.update(key, state);
                const budget = budgets.get(key) ?? emptyPacingState();
                observePacing(budget, state);
                budgets.set(key, budget);
              }
              const expectedBudget = budgets.get(key);
              expect(await budgetInRedis(key)).toEqual(expectedBudget && { ...expectedBudget, reason: '' });
            }
            await redis.del(...keys.map((key) => prefix + scope + key));
          },
        ),
        { numRuns },
      );
    },
    process.env.CONDUIT_LONG ? 900_000 : 30_000,
  );
});
