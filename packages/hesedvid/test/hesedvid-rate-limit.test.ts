import { RateLimitError } from '@conduit/core';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { describe, expect, it } from 'vitest';
import { createTestClient, orgId, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();
const hour = 3_600_000;

describe('HesedVid rate limits', () => {
  it('answers each bucket with its own documented limit in X-RateLimit-* headers', async () => {
    const { client } = createTestClient();
    const general = await client.api.GET('/{orgID}/environments', { params: { path: { orgID: orgId } } });
    const video = await client.api.GET('/{orgID}/videos', { params: { path: { orgID: orgId } } });
    const analytics = await client.api.GET('/{orgID}/analytics/usage', { params: { path: { orgID: orgId } } });
    expect(general.response.headers.get('x-ratelimit-limit')).toBe('10000');
    expect(video.response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(analytics.response.headers.get('x-ratelimit-limit')).toBe('500');
    expect(video.response.headers.get('x-ratelimit-remaining')).toBe('999');
    const reset = Number(video.response.headers.get('x-ratelimit-reset'));
    expect(reset * 1000 - Date.now()).toBeGreaterThan(hour - 5000);
  });

  it('keeps one budget per bucket: a spent video bucket does not hold back general or analytics calls', async () => {
    const limited = await import('@conduit/testing/hesedvid').then(({ createHesedVidMock }) =>
      createHesedVidMock({ limits: { video: 1 } }),
    );
    server.use(...limited.handlers);
    const { client } = createTestClient();
    await client.videos.list();
    const error = await rejectionOf(client.videos.list());
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(hour - 5000);
    expect(requests).toHaveLength(1);
    await client.environments.list();
    await client.analytics.storage();
    const used = [...limited.state.windows].map(([key, window]) => [key.replace(`${hesedvidTestKey}:`, ''), window.used]);
    expect(Object.fromEntries(used)).toEqual({ general: 1, video: 1, analytics: 1 });
  });

  it('answers 429 with the bucket headers once the mock window is spent', async () => {
    const limited = await import('@conduit/testing/hesedvid').then(({ createHesedVidMock }) =>
      createHesedVidMock({ limits: { analytics: 1 } }),
    );
    server.use(...limited.handlers);
    const first = createTestClient().client;
    const second = createTestClient({ maxRetries: 0, maxRetryAfter: 1000 }).client;
    await first.analytics.usage();
    const error = await rejectionOf(second.analytics.daily());
    expect(error).toMatchObject({ name: 'RateLimitError', status: 429, code: 'rate_limit_exceeded', limit: 1, remaining: 0 });
    expect((error as RateLimitError).resetAt).toBeGreaterThan(Date.now() + hour - 5000);
  });

  it('waits until X-RateLimit-Reset after a 429, then retries once', async () => {
    server.use(mock.scenarios.rateLimited({ path: `/${orgId}/videos`, retryAfter: 5 }));
    const { client, clock } = createTestClient();
    const page = await client.videos.listOrganization();
    expect(page.videos).toEqual([]);
    expect(requests).toHaveLength(2);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(4000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(6100);
  });

  it('prefers Retry-After when the server sends it', async () => {
    server.use(mock.scenarios.sequence([{ status: 429, code: 'rate_limit_exceeded', headers: { 'Retry-After': '7' } }]));
    const { client, clock } = createTestClient();
    await client.environments.list();
    expect(clock.sleeps).toEqual([7000]);
  });

  it('fails fast when the reset is further away than maxRetryAfter', async () => {
    server.use(mock.scenarios.rateLimited({ retryAfter: 600 }));
    const { client, clock } = createTestClient();
    const error = await rejectionOf(client.analytics.usage());
    expect(error).toMatchObject({ name: 'RateLimitError', status: 429 });
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(590_000);
    expect(clock.sleeps).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});
