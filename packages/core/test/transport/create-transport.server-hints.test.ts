import { describe, expect, it } from 'vitest';
import { basic } from '../../src/auth/basic.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { TransportOptions } from '../../src/transport/transport-options.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, status } from '../helpers/fake-fetch.js';

const auth = basic()('apivideo-serverhints-key-01');
const url = 'https://ws.api.video/videos';

/** First answer from `first`, then 200s; backoff random pinned so a hint is the only way to get a round delay. */
function setup(first: (now: number) => Response, extra: Partial<TransportOptions> = {}) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch((_request, call) => (call === 1 ? first(clock.now()) : json({ data: [] })));
  const transport = createTransport({
    provider: 'apivideo',
    auth,
    fetch,
    now: clock.now,
    sleep: clock.sleep,
    backoff: { random: () => 0.123 },
    ...extra,
  });
  return { transport, calls, clock };
}

describe('server hints win over backoff', () => {
  it('Retry-After: 3 (seconds) sleeps 3000 ms', async () => {
    const { transport, clock, calls } = setup(() => status(429, { 'retry-after': '3' }));
    await transport(url);
    expect(clock.sleeps).toEqual([3000]);
    expect(calls).toHaveLength(2);
  });

  it('Retry-After as an HTTP date 5 s ahead of the injected clock sleeps 5000 ms', async () => {
    const { transport, clock } = setup((now) => status(429, { 'retry-after': new Date(now + 5000).toUTCString() }));
    await transport(url);
    expect(clock.sleeps).toEqual([5000]);
  });

  it('retry-after-ms: 250 sleeps 250 ms', async () => {
    const { transport, clock } = setup(() => status(429, { 'retry-after-ms': '250' }));
    await transport(url);
    expect(clock.sleeps).toEqual([250]);
  });

  it("api.video's X-RateLimit-Retry-After: 2 sleeps 2000 ms", async () => {
    const { transport, clock } = setup(() =>
      json({ type: 'https://docs.api.video/reference/too-many-requests', title: 'Too many requests.', status: 429 }, 429, {
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-retry-after': '2',
      }),
    );
    await transport(url);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('a body hint from parseError (GenAI details.retry_after) sleeps that long', async () => {
    const { transport, clock } = setup(() => json({ error: { code: 'RATE_LIMIT_EXCEEDED', details: { retry_after: 7 } } }, 429), {
      parseError: (body) => {
        const seconds = (body as { error?: { details?: { retry_after?: number } } }).error?.details?.retry_after;
        return { code: 'RATE_LIMIT_EXCEEDED', retryAfterMs: seconds === undefined ? undefined : seconds * 1000 };
      },
    });
    await transport(url);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('a 503 with Retry-After sleeps the hint', async () => {
    const { transport, clock } = setup(() => status(503, { 'retry-after': '4' }));
    await transport(url);
    expect(clock.sleeps).toEqual([4000]);
  });

  it('without a hint falls back to the jittered backoff', async () => {
    const { transport, clock } = setup(() => status(429));
    await transport(url);
    expect(clock.sleeps).toEqual([Math.floor(0.123 * 500)]);
  });

  it('Retry-After: 120 with the default maxRetryAfter (60 s) fails fast: one attempt, no sleep, retryAfterMs set', async () => {
    const { transport, clock, calls } = setup(() => status(429, { 'retry-after': '120' }));
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as RateLimitError).attempts).toBe(1);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 503 hint beyond maxRetryAfter also fails fast', async () => {
    const { transport, clock, calls } = setup(() => status(503, { 'retry-after': '61' }));
    const error = await transport(url).catch((caught: unknown) => caught);
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a larger maxRetryAfter sleeps through the same hint', async () => {
    const { transport, clock } = setup(() => status(429, { 'retry-after': '120' }), { maxRetryAfter: 180_000 });
    await transport(url);
    expect(clock.sleeps).toEqual([120_000]);
  });
});

describe("api.video's X-RateLimit-Retry-After is a window reset, sent on every answer", () => {
  const windowHeaders = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '50', 'x-ratelimit-retry-after': '45' };

  it('is not a retry hint on a 500 while requests remain: the GET backs off normally', async () => {
    const { transport, clock } = setup(() => status(500, windowHeaders));
    await transport(url);
    expect(clock.sleeps).toEqual([Math.floor(0.123 * 500)]);
  });

  it('does not make a 503 look "not processed": a POST is still sent once', async () => {
    const { transport, calls } = setup(() => status(503, windowHeaders));
    await transport(url, { method: 'POST', body: '{"title":"x"}' }).catch(() => undefined);
    expect(calls).toHaveLength(1);
  });

  it('a real Retry-After on a 503 still counts even when requests remain', async () => {
    const { transport, calls, clock } = setup(() => status(503, { ...windowHeaders, 'retry-after': '2' }));
    await transport(url, { method: 'POST', body: '{"title":"x"}' });
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });
});
