import { describe, expect, it } from 'vitest';
import { MemoryRateLimitStore, pacingMargin, probeIntervalMs } from '../../src/rate-limit/memory-rate-limit-store.js';

const now = 1_000_000;

describe('MemoryRateLimitStore', () => {
  it('admits at once for an unknown key', () => {
    expect(new MemoryRateLimitStore().reserve('p:default:k', now)).toBe(0);
  });

  it('counts reservations down from remaining, then waits for the reset (no limit known)', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { remaining: 2, resetAt: now + 5000, observedAt: now });
    expect(store.reserve('k', now)).toBe(0);
    expect(store.reserve('k', now + 100)).toBe(0);
    expect(store.reserve('k', now + 1000)).toBe(4000);
    expect(store.reserve('k', now + 4999)).toBe(1);
  });

  it('admits again once the reset time has passed', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { remaining: 0, resetAt: now + 2000, observedAt: now });
    expect(store.reserve('k', now + 2000)).toBe(0);
  });

  it('with a fixed window, queues callers for the reset and overflows into the next window', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { limit: 2, remaining: 0, resetAt: now + 2000, observedAt: now });
    expect([store.reserve('k', now), store.reserve('k', now), store.reserve('k', now)]).toEqual([2000, 2000, 4000]);
  });

  it('with a token bucket (remaining rises before the reset), spaces queued requests at the refill rate', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { limit: 10, remaining: 5, resetAt: now + 2000, observedAt: now });
    store.update('k', { limit: 10, remaining: 6, resetAt: now + 2000, observedAt: now + 10 });
    const immediate = Array.from({ length: 5 }, () => store.reserve('k', now + 10));
    expect(immediate).toEqual([0, 0, 0, 0, 0]);
    const first = store.reserve('k', now + 10);
    const second = store.reserve('k', now + 10);
    expect(first).toBe(Math.ceil((2000 * pacingMargin) / 10));
    expect(second).toBe(Math.ceil((2 * 2000 * pacingMargin) / 10));
  });

  it('never returns NaN for a zero limit', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { limit: 0, remaining: 0, resetAt: now + 1000, observedAt: now });
    expect(Number.isFinite(store.reserve('k', now))).toBe(true);
  });

  it('lets one probe through per interval when the budget is spent and nothing else is known', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { remaining: 0, observedAt: now });
    expect(store.reserve('k', now)).toBe(0);
    expect(store.reserve('k', now + 10)).toBe(probeIntervalMs - 10);
    expect(store.reserve('k', now + probeIntervalMs)).toBe(0);
  });

  it('blocks for a Retry-After when nothing (or zero) remains', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { retryAfterMs: 3000, observedAt: now });
    expect(store.reserve('k', now + 1000)).toBe(2000);
    expect(store.reserve('k', now + 3000)).toBe(0);
  });

  it('does not block on a Retry-After-style header when requests remain (api.video sends it on every answer)', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { limit: 100, remaining: 50, retryAfterMs: 45_000, observedAt: now });
    expect(store.reserve('k', now)).toBe(0);
  });

  it('keeps keys apart', () => {
    const store = new MemoryRateLimitStore();
    store.update('apivideo:read:a', { remaining: 0, resetAt: now + 9000, observedAt: now });
    expect(store.reserve('apivideo:read:a', now)).toBe(9000);
    expect(store.reserve('apivideo:upload:a', now)).toBe(0);
    expect(store.reserve('apivideo:read:b', now)).toBe(0);
  });

  it('keeps the lower remaining when an older answer arrives after a newer one', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { remaining: 1, resetAt: now + 5000, observedAt: now });
    store.update('k', { remaining: 6, resetAt: now + 5000, observedAt: now });
    expect(store.reserve('k', now)).toBe(0);
    expect(store.reserve('k', now)).toBe(5000);
  });

  it('merges partial updates (later headers keep earlier fields)', () => {
    const store = new MemoryRateLimitStore();
    store.update('k', { remaining: 3, resetAt: now + 1000, observedAt: now });
    store.update('k', { remaining: 0, observedAt: now + 10 });
    expect(store.reserve('k', now + 10)).toBe(990);
  });

  it('drops idle budgets past 1000 keys but keeps blocked ones', () => {
    const store = new MemoryRateLimitStore();
    store.update('blocked', { retryAfterMs: 1_000_000, observedAt: now });
    for (let index = 0; index < 1001; index++) {
      store.update(`idle-${index}`, { remaining: 5, resetAt: now - 1, observedAt: now });
    }
    store.update('trigger', { remaining: 1, observedAt: now + 1 });
    expect(store.reserve('blocked', now + 1)).toBe(999_999);
  });
});
