import { createMockServer } from '@conduit/testing';
import { apivideoTestKey, assembled, createApiVideoMock } from '@conduit/testing/apivideo';
import { describe, expect, it } from 'vitest';
import { createApiVideoClient } from '../src/index.js';
import { MiB, patternBytes, sameBytes, useApiVideoMock } from './helpers.js';

const base = 'https://ws.api.video';
const basic = (key: string) => `Basic ${btoa(`${key}:`)}`;
const json = { 'content-type': 'application/json' };

describe('the api.video mock (msw handlers)', () => {
  const { mock, clock } = useApiVideoMock();

  it('has one kernel route per operation (59) and sandbox limits on the sandbox origin', () => {
    expect(mock.handlers).toHaveLength(59);
    expect(createApiVideoMock({ baseUrl: 'https://sandbox.api.video' }).state.options.limits).toEqual({ upload: 40, write: 40, read: 100 });
    expect(mock.state.options.limits).toEqual({ upload: 100, write: 200, read: 500 });
  });

  it.each([
    [{}, 'authentication-missing-authorization-header'],
    [{ authorization: 'Token abc' }, 'authentication-invalid-authorization-header-value'],
    [{ authorization: basic('expiredKey0123456789') }, 'authentication-invalid-api-key'],
    [{ authorization: `Basic ${btoa(`${apivideoTestKey}:secret`)}` }, 'authentication-invalid-api-key'],
    [{ authorization: 'Bearer not-issued' }, 'authentication-invalid-access-token'],
  ])('answers 401 problem+json for %o', async (headers, slug) => {
    const response = await fetch(`${base}/videos`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ type: `https://docs.api.video/reference/${slug}`, status: 401 });
    expect(response.headers.get('x-ratelimit-limit')).toBe('500');
  });

  it('sends X-RateLimit-* per bucket and 429s a spent bucket only', async () => {
    const headers = { authorization: basic(apivideoTestKey), 'content-type': 'application/json' };
    const first = await fetch(`${base}/videos`, { method: 'POST', headers, body: JSON.stringify({ title: 'a' }) });
    expect([
      first.headers.get('x-ratelimit-limit'),
      first.headers.get('x-ratelimit-remaining'),
      first.headers.get('x-ratelimit-retry-after'),
    ]).toEqual(['200', '199', '60']);
    mock.state.windows.set('write', { resetAt: clock.now() + 60_000, used: 200 });
    clock.advance(15_000);
    const limited = await fetch(`${base}/videos`, { method: 'POST', headers, body: JSON.stringify({ title: 'c' }) });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({
      type: 'https://docs.api.video/reference/too-many-requests',
      title: 'Too many requests.',
      status: 429,
    });
    expect(limited.headers.get('x-ratelimit-retry-after')).toBe('45');
    const read = await fetch(`${base}/videos`, { headers });
    expect(read.status).toBe(200);
    expect(read.headers.get('x-ratelimit-remaining')).toBe('499');
  });

  it('issues, refreshes and honours bearer tokens', async () => {
    const issued = await (
      await fetch(`${base}/auth/api-key`, { method: 'POST', headers: json, body: JSON.stringify({ apiKey: apivideoTestKey }) })
    ).json();
    expect(issued).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect((await fetch(`${base}/tags`, { headers: { authorization: `Bearer ${issued.access_token}` } })).status).toBe(200);
    const refreshed = await (
      await fetch(`${base}/auth/refresh`, { method: 'POST', headers: json, body: JSON.stringify({ refreshToken: issued.refresh_token }) })
    ).json();
    expect(refreshed.access_token).not.toBe(issued.access_token);
    const reused = await fetch(`${base}/auth/refresh`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ refreshToken: issued.refresh_token }),
    });
    expect(reused.status).toBe(400);
    expect(
      (await fetch(`${base}/auth/api-key`, { method: 'POST', headers: json, body: JSON.stringify({ apiKey: 'revokedKey000000' }) })).status,
    ).toBe(400);
  });

  it('accepts part-style chunks in order and refuses an empty upload token', async () => {
    const create = await fetch(`${base}/videos`, {
      method: 'POST',
      headers: { ...json, authorization: basic(apivideoTestKey) },
      body: JSON.stringify({ title: 'Parts' }),
    });
    const { videoId } = await create.json();
    const send = (range: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'p.bin');
      // Plain fetch here (no header copying), so FormData keeps Content-Range.
      return fetch(`${base}/videos/${videoId}/source`, {
        method: 'POST',
        headers: { authorization: basic(apivideoTestKey), 'content-range': range },
        body: form,
      });
    };
    const one = patternBytes(5 * MiB, 1);
    const two = patternBytes(MiB, 2);
    expect((await send('part 1/*', one)).status).toBe(201);
    expect((await send('part 3/*', two)).status).toBe(400);
    expect((await send('part 2/2', two)).status).toBe(201);
    const upload = mock.state.videos.get(videoId)!.upload;
    expect(upload.complete).toBe(true);
    expect(upload.ranges).toEqual([
      { from: 0, to: 5 * MiB - 1 },
      { from: 5 * MiB, to: 6 * MiB - 1 },
    ]);
    const missing = await fetch(`${base}/upload`, { method: 'POST', body: new FormData() });
    expect(await missing.json()).toMatchObject({
      type: 'https://docs.api.video/reference/authentication-missing-upload-token',
      name: 'token',
    });
  });
});

describe('the api.video mock over real HTTP (createMockServer)', () => {
  it('serves a chunked upload to a client on loopback', async () => {
    const mock = createApiVideoMock();
    const server = await createMockServer({ providers: [mock] });
    try {
      const client = createApiVideoClient({ apiKey: apivideoTestKey, baseUrl: server.baseUrl('apivideo') });
      const video = await client.videos.create({ title: 'Over HTTP' });
      expect(video.assets?.player).toBe(`https://embed.api.video/vod/${video.videoId}`);
      const bytes = patternBytes(11 * MiB, 9);
      await client.videos.upload(video.videoId, bytes, { chunkSize: 5 * MiB });
      const ranges = mock.requests.filter((request) => request.path.endsWith('/source')).map((request) => request.headers['content-range']);
      expect(ranges).toEqual(['bytes 0-5242879/11534336', 'bytes 5242880-10485759/11534336', 'bytes 10485760-11534335/11534336']);
      expect(sameBytes(assembled(mock.state.videos.get(video.videoId)!.upload), bytes)).toBe(true);
      expect(server.requestCounts.apivideo).toBe(4);
    } finally {
      await server.close();
    }
  });
});
