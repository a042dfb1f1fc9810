import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore } from '../../src/rate-limit/memory-rate-limit-store.js';
import { parseRateLimitHeaders } from '../../src/rate-limit/parse-rate-limit-headers.js';
import { simulateClients } from './helpers/simulate-clients.js';
import { fixedWindowServer, tokenBucketServer } from './helpers/simulated-servers.js';

const start = Date.UTC(2030, 0, 1, 12, 0, 0, 300);
const key = 'sim:default:k';

/** Successes per second of simulated time, over the server's steady rate. */
const goodput = (ok: number, limit: number, seconds: number) => ok / (limit * seconds);

describe('MemoryRateLimitStore pacing, simulated against each server style (12 users, demand far above 20/s)', () => {
  it('admits at once for a key it knows nothing about', () => {
    expect(new MemoryRateLimitStore().reserve(key, start)).toBe(0);
  });

  for (const style of ['draft-6', 'draft-7', 'draft-8'] as const) {
    it(`express-rate-limit ${style} (w=1 declared): whole windows used, each next window opened on time, no 429 after the first window`, () => {
      const result = simulateClients(new MemoryRateLimitStore(), fixedWindowServer(20, 1000, style), {
        users: 12,
        durationMs: 10_000,
        start,
      });
      expect(goodput(result.ok, 20, 10)).toBeGreaterThanOrEqual(0.97);
      // The first answer cannot be known before 12 requests are out: only that first window may overshoot.
      expect(result.sends.filter((send) => send.status === 429 && send.at > 1100)).toEqual([]);
      // Every window after the first opens within a few milliseconds of the previous one's end.
      const opens = result.sends.filter((send, index) => index > 0 && send.at - result.sends[index - 1]!.at > 500).map((send) => send.at);
      expect(opens.length).toBeGreaterThanOrEqual(9);
      for (const [index, at] of opens.entries()) {
        const previous = index === 0 ? result.sends[0]!.at : opens[index - 1]!;
        expect(at - previous).toBeGreaterThanOrEqual(1000);
        expect(at - previous).toBeLessThanOrEqual(1010);
      }
    });
  }

  it('express-rate-limit legacy (epoch-s reset, no window declared): learns the 1 s window from rounded resets, few probes fail', () => {
    const result = simulateClients(new MemoryRateLimitStore(), fixedWindowServer(20, 1000, 'legacy'), {
      users: 12,
      durationMs: 15_000,
      start,
    });
    expect(goodput(result.ok, 20, 15)).toBeGreaterThanOrEqual(0.97);
    expect(result.limited / result.sends.length).toBeLessThanOrEqual(0.02);
  });

  it('token bucket whose reset is "full again" in epoch seconds, rounded up, and remaining always 0: full rate, not half', () => {
    const result = simulateClients(new MemoryRateLimitStore(), tokenBucketServer(20, 'epoch-ceil'), {
      users: 12,
      durationMs: 15_000,
      start,
    });
    const steady = result.sends.filter((send) => send.at >= 5000 && send.status === 200).length;
    expect(steady / 10 / 20).toBeGreaterThanOrEqual(0.97);
    expect(result.limited / result.sends.length).toBeLessThanOrEqual(0.02);
  });

  it("token bucket with api.video's X-RateLimit-Retry-After: full rate, no 429 after the first second", () => {
    const result = simulateClients(new MemoryRateLimitStore(), tokenBucketServer(20, 'apivideo'), { users: 12, durationMs: 10_000, start });
    expect(goodput(result.ok, 20, 10)).toBeGreaterThanOrEqual(0.97);
    expect(result.sends.filter((send) => send.status === 429 && send.at > 1000)).toEqual([]);
  });

  it('server without any rate-limit header (nginx limit_req): learns the rate from 429s alone and holds it', () => {
    const result = simulateClients(new MemoryRateLimitStore(), tokenBucketServer(20, 'none'), { users: 12, durationMs: 15_000, start });
    expect(goodput(result.ok, 20, 15)).toBeGreaterThanOrEqual(0.97);
    expect(result.limited / result.sends.length).toBeLessThanOrEqual(0.05);
    // After the first seconds of learning, 429s are rare.
    expect(result.sends.filter((send) => send.status === 429 && send.at > 5000).length).toBeLessThanOrEqual(3);
  });
});

describe('MemoryRateLimitStore header sequences (fake clock)', () => {
  const answer = (headers: Record<string, string>, at: number, status = 200) => {
    const state = parseRateLimitHeaders(new Headers(headers), at, status);
    if (!state) {
      throw new Error('no state');
    }
    return state;
  };

  it('a fixed window change: the new window is recognised before its reset is applied, so remaining=19 is not a refill', () => {
    const store = new MemoryRateLimitStore();
    const policy = { 'ratelimit-policy': '20;w=1' };
    store.update(key, answer({ ...policy, 'ratelimit-limit': '20', 'ratelimit-remaining': '0', 'ratelimit-reset': '1' }, start));
    // Spent: the next send waits for the window's end.
    expect(store.reserve(key, start + 10)).toBe(990);
    // At the change, the first answer of the new window.
    store.update(key, answer({ ...policy, 'ratelimit-limit': '20', 'ratelimit-remaining': '19', 'ratelimit-reset': '1' }, start + 1001));
    // The 19 left go at once, then the next window: not one request every ~51 ms as for a refilling bucket.
    const waits = Array.from({ length: 20 }, () => store.reserve(key, start + 1002));
    expect(waits.slice(0, 19)).toEqual(Array(19).fill(0));
    expect(waits[19]).toBe(999);
  });

  it('draft-8 with several policies: the one with the fewest requests left governs', () => {
    const store = new MemoryRateLimitStore();
    store.update(
      key,
      answer(
        {
          'ratelimit-policy': '"burst";q=5;w=1, "day";q=1000;w=86400',
          ratelimit: '"burst";r=0;t=1, "day";r=900;t=40000',
        },
        start,
      ),
    );
    expect(store.reserve(key, start)).toBe(1000);
  });

  it('Retry-After: 2 on a 429 whose reset is 2.84 s away: the retry goes at 2 s, later calls follow the reset', () => {
    const store = new MemoryRateLimitStore();
    store.update(
      key,
      answer(
        { 'retry-after': '2', 'x-ratelimit-limit': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(start + 2840) },
        start,
        429,
      ),
    );
    expect(store.reserve(key, start + 500)).toBe(2340);
    expect(store.reserve(key, start + 2000)).toBe(0);
  });

  it('a headerless 429 blocks nothing by itself, and a Retry-After without counts blocks everyone until it passes', () => {
    const store = new MemoryRateLimitStore();
    store.reserve(key, start);
    store.update(key, answer({}, start, 429));
    expect(store.reserve(key, start + 100)).toBe(0);
    store.update(key, answer({ 'retry-after': '3' }, start + 200, 429));
    expect(store.reserve(key, start + 1200)).toBe(2000);
  });

  it('spent with no reset and no rate known: one probe per second', () => {
    const store = new MemoryRateLimitStore();
    store.update(key, answer({ 'x-ratelimit-remaining': '0' }, start));
    expect([store.reserve(key, start), store.reserve(key, start + 10), store.reserve(key, start + 10)]).toEqual([0, 990, 1990]);
  });

  it('says why a reservation waited', () => {
    const store = new MemoryRateLimitStore();
    store.update(key, answer({ 'ratelimit-policy': '20;w=1', ratelimit: 'limit=20, remaining=0, reset=1' }, start));
    store.reserve(key, start);
    expect(store.reason(key)).toMatch(/20 requests per window spent/);
  });
});
