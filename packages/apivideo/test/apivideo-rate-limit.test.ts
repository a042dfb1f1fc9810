import { readFileSync } from 'node:fs';
import { RateLimitError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apivideoBucket } from '../src/index.js';
import { createTestClient, useApiVideoMock } from './helpers.js';

interface Operation {
  operationId: string;
  'x-conduit-bucket': string;
}
const spec = parse(readFileSync(new URL('../../../openapi/apivideo.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

describe('apivideoBucket', () => {
  it('covers all 59 operations of the spec', () => {
    expect(operations).toHaveLength(59);
  });

  it.each(operations.map((entry) => [entry.operation.operationId, entry] as const))('%s matches its x-conduit-bucket', (_id, entry) => {
    const url = `https://ws.api.video${entry.path.replace(/\{[^}]+\}/g, 'x1')}`;
    expect(apivideoBucket(new Request(url, { method: entry.method }))).toBe(entry.operation['x-conduit-bucket']);
  });
});

describe('per-bucket rate limits from X-RateLimit-* headers', () => {
  const { mock, clock } = useApiVideoMock({ limits: { read: 3, write: 50, upload: 50 } });

  it('a spent read budget waits for the window while writes still go through', async () => {
    const client = createTestClient(clock);
    for (let index = 0; index < 3; index++) {
      await client.tags.listPage();
    }
    const before = clock.now();
    await client.videos.create({ title: 'write while reads are spent' });
    expect(clock.sleeps).toEqual([]);
    await client.tags.listPage();
    // The fourth read waited for the window to reset instead of drawing a 429.
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(clock.now() - before).toBeGreaterThanOrEqual(59_000);
    expect(mock.state.requests.filter((request) => request.status === 429)).toHaveLength(0);
    expect(client.transport.stats.rateLimited).toBe(0);
  });

  it('keeps sending after the window resets (the budget refills every minute)', async () => {
    const client = createTestClient(clock);
    for (let round = 0; round < 4; round++) {
      for (let index = 0; index < 3; index++) {
        await client.tags.listPage();
      }
    }
    expect(mock.state.requests.filter((request) => request.path === '/tags')).toHaveLength(12);
    expect(mock.state.requests.every((request) => request.status === 200)).toBe(true);
    // Three waits of about one window, not one probe per second.
    expect(clock.sleeps.length).toBeLessThanOrEqual(3);
  });

  it('a 429 is waited out using X-RateLimit-Retry-After and retried', async () => {
    const client = createTestClient(clock);
    mock.state.windows.set('read', { start: clock.now(), used: 3 });
    const page = await client.tags.listPage();
    expect(page.data).toEqual([]);
    const statuses = mock.state.requests.map((request) => request.status);
    expect(statuses).toEqual([429, 200]);
    expect(clock.sleeps[0]).toBe(60_000);
  });

  it('gives up with RateLimitError when the hint exceeds maxRetryAfter', async () => {
    const client = createTestClient(clock, { maxRetryAfter: 10_000 });
    mock.state.windows.set('read', { start: clock.now(), used: 3 });
    const error = await client.tags.listPage().catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
    expect(mock.state.requests).toHaveLength(1);
  });
});
