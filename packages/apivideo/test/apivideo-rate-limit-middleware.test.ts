import type { Middleware } from '@conduit/core';
import { apivideoTestKey } from '@conduit/testing/apivideo';
import { describe, expect, it } from 'vitest';
import { apivideoRateLimitMiddleware, withResetHeader } from '../src/apivideo-rate-limit-middleware.js';
import { createApiVideoClient } from '../src/index.js';

const video = { videoId: 'vi1', title: 'One' };
const windowHeaders = {
  'content-type': 'application/json',
  'x-ratelimit-limit': '10',
  'x-ratelimit-remaining': '9',
  'x-ratelimit-retry-after': '45',
};

describe('api.video rate-limit restatement (internal middleware)', () => {
  it('restates X-RateLimit-Retry-After as X-RateLimit-Reset, and leaves answers without it alone', () => {
    const restated = withResetHeader(new Response('{}', { headers: windowHeaders }));
    expect(restated.headers.get('x-ratelimit-reset')).toBe('45');
    const plain = new Response('{}');
    expect(withResetHeader(plain)).toBe(plain);
    const explicit = new Response('{}', { headers: { 'x-ratelimit-retry-after': '45', 'x-ratelimit-reset': '9' } });
    expect(withResetHeader(explicit)).toBe(explicit);
  });

  it('runs inside the client: a caller middleware sees the raw answer, the limiter the restated one, and use() adds hooks', async () => {
    const seen: Array<string | null> = [];
    const states: Array<number | undefined> = [];
    const caller: Middleware = {
      name: 'caller',
      onRequest: ({ rateLimit }) => void states.push(rateLimit?.resetAt),
      onResponse: ({ response }) => void seen.push(response.headers.get('x-ratelimit-reset')),
    };
    const fetch = (async () => new Response(JSON.stringify(video), { headers: windowHeaders })) as typeof globalThis.fetch;
    const client = createApiVideoClient({ apiKey: apivideoTestKey, fetch, now: () => 1_000_000 });
    client.use(caller);
    await client.videos.get('vi1');
    await client.videos.get('vi1');
    // The caller registered after the internal middleware: its onResponse runs first, on the raw answer.
    expect(seen).toEqual([null, null]);
    // The bucket's state the second call sees came from the restated header: a reset 45 s after `now`.
    expect(states).toEqual([undefined, 1_000_000 + 45_000]);
    expect(apivideoRateLimitMiddleware.onResponse).toBeTypeOf('function');
  });
});
