import { APIPromise, ConfigurationError, PagePromise } from '@conduit/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { collect, createTestClient, png, useApiVideoMock } from './helpers.js';

describe('the provider kit: APIPromise, PagePromise and RequestOptions', () => {
  const { mock, server, clock } = useApiVideoMock({ encodingPolls: 1 });

  it('.withResponse() gives the data with the response, request id and rate-limit state', async () => {
    const client = createTestClient(clock);
    server.use(
      http.get('https://ws.api.video/videos/:videoId', ({ params }) =>
        HttpResponse.json(
          { videoId: params.videoId, title: 'Maths video', tags: [], metadata: [] },
          {
            headers: {
              'x-request-id': 'req_123',
              'x-ratelimit-limit': '500',
              'x-ratelimit-remaining': '499',
              'x-ratelimit-retry-after': '60',
            },
          },
        ),
      ),
    );
    const call = client.videos.get('vi4blUQJFrYWbaG44NChkH27');
    expect(call).toBeInstanceOf(APIPromise);
    const { data, response, requestId, rateLimit } = await call.withResponse();
    expect(data).toMatchObject({ videoId: 'vi4blUQJFrYWbaG44NChkH27', title: 'Maths video' });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_123');
    expect(rateLimit).toMatchObject({ limit: 500, remaining: 499 });
    // Awaiting the same promise does not send the request again.
    expect(await call).toBe(data);
  });

  it('refuses an unknown request option with a suggestion, as a rejection, before any request', async () => {
    const client = createTestClient(clock);
    const call = client.videos.get('vi4blUQJFrYWbaG44NChkH27', { timout: 1 } as never);
    await expect(call).rejects.toSatisfy(ConfigurationError.isInstance);
    await expect(call).rejects.toThrow('Did you mean `timeout`?');
    await expect(client.videos.list({}, { timout: 1 } as never)).rejects.toThrow('Did you mean `timeout`?');
    await expect(client.videos.upload('vi1', png, {}, { timout: 1 } as never)).rejects.toThrow('Did you mean `timeout`?');
    expect(mock.requests).toHaveLength(0);
  });

  it('bad input is a rejection of the returned promise, never a synchronous throw', async () => {
    const client = createTestClient(clock);
    const calls = [
      client.videos.get(''),
      client.videos.list({ pageSize: 0 }),
      client.videos.pickThumbnail('vi1', 'soon'),
      client.videos.upload('', png),
      client.videos.waitUntilPlayable('vi1', { intervall: 5 } as never),
      client.captions.upload('vi1', 'not a language!', png),
      client.players.uploadLogo('pt1', png, { link: 'nope' }),
      client.watermarks.upload(png, { filename: 'x.png' } as never),
    ];
    for (const call of calls) {
      await expect(call).rejects.toSatisfy(ConfigurationError.isInstance);
    }
    expect(mock.requests).toHaveLength(0);
  });

  it('says where signal and timeout went when they are passed with the upload or wait options', async () => {
    const client = createTestClient(clock);
    const signal = new AbortController().signal;
    await expect(client.videos.upload('vi1', png, { signal } as never)).rejects.toThrow(/pass `signal` in the request options/);
    await expect(client.videos.upload('vi1', png, { timeout: 5 } as never)).rejects.toThrow(/pass `timeout` in the request options/);
    await expect(client.videos.waitUntilPlayable('vi1', { signal } as never)).rejects.toThrow(/pass `signal` in the request options/);
    expect(mock.requests).toHaveLength(0);
  });

  it('per-call headers reach the wire', async () => {
    const client = createTestClient(clock);
    await client.videos.create({ title: 'With a header' }, { headers: { 'x-trace': 'abc' } });
    expect(mock.requests.at(-1)?.headers['x-trace']).toBe('abc');
  });

  it('a list is a PagePromise: await for the page, iterate for every item, withResponse for the answer', async () => {
    const client = createTestClient(clock);
    for (let index = 0; index < 3; index++) {
      await client.tags.list();
      await client.videos.create({ title: `Clip ${index}`, tags: ['kit'] });
    }
    const before = mock.requests.length;
    const listing = client.videos.list({ tags: ['kit'], pageSize: 2 });
    expect(listing).toBeInstanceOf(PagePromise);
    const page = await listing;
    expect(page.data).toHaveLength(2);
    expect(page.pagination).toMatchObject({ currentPage: 1, pagesTotal: 2 });
    expect((await collect(listing)).map((video) => video.title)).toEqual(['Clip 2', 'Clip 1', 'Clip 0']);
    // The first page was requested once for both.
    expect(mock.requests.slice(before).map((request) => request.search)).toEqual([
      'tags[]=kit&currentPage=1&pageSize=2',
      'tags[]=kit&currentPage=2&pageSize=2',
    ]);
    const { data, response } = await client.videos.list({ tags: ['kit'], currentPage: 2, pageSize: 2 }).withResponse();
    expect(data.data.map((video) => video.title)).toEqual(['Clip 0']);
    expect(response.status).toBe(200);
    expect(await collect(client.videos.list({ tags: ['kit'], maxItems: 1 }))).toHaveLength(1);
  });

  it('composite helpers resolve to the API object and carry the last response', async () => {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Composite' });
    const uploaded = await client.videos.upload(video.videoId, new Uint8Array(1024).fill(1), { fileName: 'clip.mp4' }).withResponse();
    expect(uploaded.data.videoId).toBe(video.videoId);
    expect(uploaded.response.ok).toBe(true);
    expect(uploaded.rateLimit).toBeDefined();
    const status = await client.videos.waitUntilPlayable(video.videoId, { interval: 1000 }).withResponse();
    expect(status.data.encoding?.playable).toBe(true);
    expect(status.response.ok).toBe(true);
    expect(status.rateLimit).toBeDefined();
  });
});
