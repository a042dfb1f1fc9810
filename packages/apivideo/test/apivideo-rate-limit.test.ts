import { RateLimitError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { createTestClient, useApiVideoMock } from './helpers.js';

describe('per-bucket rate limits from X-RateLimit-* headers', () => {
  const { mock, clock } = useApiVideoMock({ limits: { read: 3, write: 50, upload: 50 } });

  it('a spent read budget waits for the window while writes still go through', async () => {
    const client = createTestClient(clock);
    for (let index = 0; index < 3; index++) {
      await client.tags.list();
    }
    const before = clock.now();
    await client.videos.create({ title: 'write while reads are spent' });
    expect(clock.sleeps).toEqual([]);
    await client.tags.list();
    // The fourth read waited for the window to reset instead of drawing a 429.
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(clock.now() - before).toBeGreaterThanOrEqual(59_000);
    expect(mock.requests.filter((request) => request.status === 429)).toHaveLength(0);
    expect(client.transport.stats.rateLimited).toBe(0);
  });

  it('keeps sending after the window resets (the budget refills every minute)', async () => {
    const client = createTestClient(clock);
    for (let round = 0; round < 4; round++) {
      for (let index = 0; index < 3; index++) {
        await client.tags.list();
      }
    }
    expect(mock.requests.filter((request) => request.path === '/tags')).toHaveLength(12);
    expect(mock.requests.every((request) => request.status === 200)).toBe(true);
    // Three waits of about one window, not one probe per second.
    expect(clock.sleeps.length).toBeLessThanOrEqual(3);
  });

  it('a 429 is waited out using X-RateLimit-Retry-After and retried', async () => {
    const client = createTestClient(clock);
    mock.state.windows.set('read', { resetAt: clock.now() + 60_000, used: 3 });
    const page = await client.tags.list();
    // GET /tags answers the spec's example.
    expect(page.data.map((tag) => tag.value)).toEqual(['maths', 'string theory']);
    const statuses = mock.requests.map((request) => request.status);
    expect(statuses).toEqual([429, 200]);
    expect(clock.sleeps[0]).toBe(60_000);
  });

  it('gives up with RateLimitError when the hint exceeds maxRetryAfter', async () => {
    const client = createTestClient(clock, { maxRetryAfter: 10_000 });
    mock.state.windows.set('read', { resetAt: clock.now() + 60_000, used: 3 });
    const error = await client.tags.list().catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
    expect(mock.requests).toHaveLength(1);
  });
});
