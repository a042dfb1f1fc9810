import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';
import { keyFingerprint } from '../../src/rate-limit/key-fingerprint.js';
import { MemoryRateLimitStore } from '../../src/rate-limit/memory-rate-limit-store.js';
import type { RateLimitState } from '../../src/rate-limit/rate-limit-state.js';
import type { RateLimitStore } from '../../src/rate-limit/rate-limit-store.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { RateLimitContext, TransportOptions } from '../../src/transport/transport-options.js';
import { createFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, type Responder } from '../helpers/fake-fetch.js';

const scheme = apiKeyHeader('X-Api-Key');
const url = 'https://api.hesedvid.com/v1/api/videos';

/**
 * The first answer says the window is spent and resets 2 s from now (epoch ms: exact, so the limiter
 * has no rounding to probe); later answers are plain.
 */
function spentThenFine(clock: FakeClock): Responder {
  return (_request, call) =>
    call === 1
      ? json({ data: [] }, 200, {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(clock.now() + 2000),
        })
      : json({ data: [] });
}

function setup(respond: (clock: FakeClock) => Responder, extra: Partial<TransportOptions> = {}) {
  const clock = createFakeClock();
  const fetchTimes: number[] = [];
  const inner = respond(clock);
  const { fetch, calls } = createFakeFetch((request, call) => {
    fetchTimes.push(clock.now());
    return inner(request, call);
  });
  const transport = createTransport({
    provider: 'hesedvid',
    auth: scheme('hv_live_ratelimittest000000000001'),
    fetch,
    now: clock.now,
    sleep: clock.sleep,
    ...extra,
  });
  return { transport, calls, clock, fetchTimes, fetch };
}

describe('rate-limit admission', () => {
  it('waits for the reset BEFORE sending once an answer said remaining 0', async () => {
    const { transport, clock, fetchTimes } = setup(spentThenFine);
    const start = clock.now();
    await transport(url);
    expect(clock.sleeps).toEqual([]);
    await transport(url);
    expect(clock.sleeps).toEqual([2000]);
    expect(fetchTimes).toEqual([start, start + 2000]);
  });

  it('keeps buckets apart: an upload is not held up by a spent read budget', async () => {
    const { transport, clock, calls } = setup(spentThenFine);
    await transport.with({ bucket: 'read' })(url);
    await transport.with({ bucket: 'upload' })(url);
    expect(clock.sleeps).toEqual([]);
    expect(calls).toHaveLength(2);
    await transport.with({ bucket: 'read' })(url);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('picks the bucket with the bucket option', async () => {
    const { transport, clock } = setup(spentThenFine, {
      bucket: (request) => (new URL(request.url).pathname.includes('/analytics') ? 'analytics' : 'general'),
    });
    await transport(url);
    await transport('https://api.hesedvid.com/v1/api/analytics/views');
    expect(clock.sleeps).toEqual([]);
    await transport(url);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('keeps keys apart when they share one store', async () => {
    const store = new MemoryRateLimitStore();
    const first = setup(spentThenFine, { rateLimitStore: store });
    await first.transport(url);
    const clock = first.clock;
    const { fetch } = createFakeFetch(() => json({}));
    const other = createTransport({
      provider: 'hesedvid',
      auth: scheme('hv_live_ratelimittest000000000002'),
      fetch,
      now: clock.now,
      sleep: clock.sleep,
      rateLimitStore: store,
    });
    await other(url);
    expect(clock.sleeps).toEqual([]);
  });

  it('keys the store by provider, bucket and fingerprint, never by the raw key', async () => {
    const keys: string[] = [];
    const recording: RateLimitStore = {
      reserve: (key) => {
        keys.push(key);
        return 0;
      },
      update: (key: string, _state: RateLimitState) => {
        keys.push(key);
      },
    };
    const { transport } = setup(spentThenFine, { rateLimitStore: recording });
    await transport.with({ bucket: 'video' })(url);
    const expected = `hesedvid:video:${keyFingerprint('hv_live_ratelimittest000000000001')}`;
    expect(keys).toEqual([expected, expected]);
    expect(keys.join()).not.toContain('hv_live_ratelimittest000000000001');
  });

  it('fails fast without sending when the budget is spent for longer than maxRetryAfter', async () => {
    const { transport, clock, calls } = setup(
      (fakeClock) => (_request, call) =>
        call === 1
          ? json({}, 200, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(fakeClock.now() / 1000) + 3600) })
          : json({}),
    );
    await transport(url);
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('fails fast when the wait would pass the deadline', async () => {
    const { transport, calls, clock } = setup(spentThenFine, { deadline: 1500 });
    await transport(url);
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('with a known limit, paces the next call (waits, but less than the whole window) before sending', async () => {
    const { transport, clock, fetchTimes } = setup(
      (fakeClock) => (_request, call) =>
        call === 1
          ? json({}, 200, {
              'x-ratelimit-limit': '10',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(fakeClock.now() / 1000) + 2),
            })
          : json({}),
    );
    const start = clock.now();
    await transport(url);
    await transport(url);
    expect(clock.sleeps).toHaveLength(1);
    const wait = clock.sleeps[0] ?? 0;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(2000);
    expect(fetchTimes).toEqual([start, start + wait]);
  });

  it('after a 429 with Retry-After, a second call waits out the block before sending', async () => {
    const { transport, clock, fetchTimes } = setup(
      () => (_request, call) => (call === 1 ? json({}, 429, { 'retry-after': '5' }) : json({})),
    );
    const start = clock.now();
    await transport
      .with({ maxRetries: 0 })(url)
      .catch(() => undefined);
    await transport(url);
    expect(clock.sleeps).toEqual([5000]);
    expect(fetchTimes).toEqual([start, start + 5000]);
  });

  it('calls onRateLimit on a 429 and when the budget is spent', async () => {
    const seen: RateLimitContext[] = [];
    const { transport } = setup(
      () => (_request, call) =>
        call === 1 ? json({}, 429, { 'retry-after': '1', 'x-ratelimit-limit': '10' }) : json({}, 200, { 'x-ratelimit-remaining': '7' }),
      { onRateLimit: (context) => seen.push(context) },
    );
    await transport.with({ bucket: 'video' })(url);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ provider: 'hesedvid', bucket: 'video', status: 429, state: { limit: 10, retryAfterMs: 1000 } });
  });
});
