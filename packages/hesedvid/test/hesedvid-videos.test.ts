import { ConfigurationError } from '@conduit/core';
import { seedHesedVidVideo } from '@conduit/testing/hesedvid';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { HesedVidVideo } from '../src/index.js';
import { createTestClient, orgId, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();

function seed(count: number, extra: (index: number) => Record<string, unknown> = () => ({})) {
  return Array.from({ length: count }, (_, index) =>
    seedHesedVidVideo(mock.state, {
      orgId,
      name: `Video ${String(index).padStart(2, '0')}`,
      createdAt: new Date(Date.UTC(2024, 0, 1 + index)).toISOString(),
      ...extra(index),
    }),
  );
}

async function collect(iterator: AsyncIterable<HesedVidVideo>): Promise<HesedVidVideo[]> {
  const items: HesedVidVideo[] = [];
  for await (const item of iterator) {
    items.push(item);
  }
  return items;
}

const queries = () => requests.map((request) => new URL(request.url).searchParams.toString());

describe('videos.list', () => {
  it('iterates every page of the environment with page/pageSize', async () => {
    seed(7);
    seedHesedVidVideo(mock.state, { orgId, name: 'Staging only', environmentId: 'env_staging_123456789' });
    const { client } = createTestClient();
    const videos = await collect(client.videos.list({ pageSize: 3, sortBy: 'name', sortDir: 'asc' }));
    expect(videos.map((video) => video.name)).toEqual(['Video 00', 'Video 01', 'Video 02', 'Video 03', 'Video 04', 'Video 05', 'Video 06']);
    expect(queries()).toEqual([
      'page=1&pageSize=3&sortBy=name&sortDir=asc',
      'page=2&pageSize=3&sortBy=name&sortDir=asc',
      'page=3&pageSize=3&sortBy=name&sortDir=asc',
    ]);
    expect(requests[0]?.url).toContain('/org_123456789/environments/prod/videos?');
  });

  it("sends every documented filter in the query (filtering is HesedVid's)", async () => {
    seed(3);
    const { client } = createTestClient();
    const videos = await collect(
      client.videos.list({
        status: 'ready',
        search: 'DEMO',
        from: '2024-01-01',
        to: new Date(Date.UTC(2024, 0, 3)),
        sortBy: 'created_at',
        sortDir: 'desc',
      }),
    );
    expect(videos).toHaveLength(3);
    expect(queries()).toHaveLength(1);
    expect(queries()[0]).toBe('page=1&pageSize=20&sortBy=created_at&sortDir=desc&status=ready&search=DEMO&from=2024-01-01&to=2024-01-03');
  });

  it('starts at `page` and stops after `maxItems`', async () => {
    seed(10);
    const { client } = createTestClient();
    const videos = await collect(client.videos.list({ page: 2, pageSize: 2, maxItems: 3, sortDir: 'asc' }));
    expect(videos.map((video) => video.name)).toEqual(['Video 02', 'Video 03', 'Video 04']);
    expect(queries().map((query) => new URLSearchParams(query).get('page'))).toEqual(['2', '3']);
  });

  it('tells from `total` whether another page follows when HesedVid leaves out `totalPages`', async () => {
    const video = { id: 'vid_1', name: 'One', status: 'ready', createdAt: '2024-01-15T10:30:00Z' };
    server.use(
      http.get('https://api.hesedvid.com/v1/api/:orgID/environments/:envID/videos', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json({ body: { videos: [{ ...video, id: `vid_${page}` }], pagination: { total: 2, page } } });
      }),
    );
    const { client } = createTestClient();
    expect((await collect(client.videos.list({ pageSize: 1 }))).map((item) => item.id)).toEqual(['vid_1', 'vid_2']);
    expect(queries()).toEqual(['page=1&pageSize=1', 'page=2&pageSize=1']);
  });

  it('lists another environment when told to', async () => {
    seedHesedVidVideo(mock.state, { orgId, name: 'On staging', environmentId: 'env_staging_123456789' });
    const { client } = createTestClient();
    const videos = await collect(client.videos.list({ environment: 'staging' }));
    expect(videos.map((video) => video.name)).toEqual(['On staging']);
  });

  it('resolves to one page as HesedVid answers it when awaited', async () => {
    seed(5);
    const { client } = createTestClient();
    const page = await client.videos.list({ page: 2, pageSize: 2 });
    expect(Object.keys(page).sort()).toEqual(['pagination', 'videos']);
    expect(page.pagination).toEqual({ total: 5, page: 2, pageSize: 2, totalPages: 3 });
    expect(page.videos.map((video) => video.name)).toEqual(['Video 02', 'Video 03']);
    expect(queries()).toEqual(['page=2&pageSize=2']);
  });

  it('gives the page with its request id and rate limit through .withResponse()', async () => {
    seed(3);
    const { client } = createTestClient();
    const { data, response, rateLimit } = await client.videos.list({ pageSize: 2 }).withResponse();
    expect(data.videos).toHaveLength(2);
    expect(response.status).toBe(200);
    expect(rateLimit).toMatchObject({ limit: 1000, remaining: 999 });
  });

  it('shares the first page between awaiting and iterating', async () => {
    seed(3);
    const { client } = createTestClient();
    const list = client.videos.list({ pageSize: 2 });
    await list;
    expect((await collect(list)).map((video) => video.name)).toEqual(['Video 00', 'Video 01', 'Video 02']);
    expect(queries()).toEqual(['page=1&pageSize=2', 'page=2&pageSize=2']);
  });

  it('refuses a misspelt request option with a suggestion, before any request', async () => {
    const { client } = createTestClient();
    await expect(client.videos.list({}, { timout: 1 } as never)).rejects.toThrow(/unknown option `timout`\. Did you mean `timeout`\?/);
    expect(requests).toHaveLength(0);
  });

  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['pageSize above 100', { pageSize: 101 }, /`pageSize` must be at most 100/],
    ['page 0', { page: 0 }, /`page` must be 1 or more/],
    ['a fractional pageSize', { pageSize: 2.5 }, /`pageSize` must be a whole number/],
    ['an unknown sort', { sortBy: 'views' }, /`sortBy` must be one of/],
    ['an unknown direction', { sortDir: 'up' }, /`sortDir` must be asc or desc/],
    ['an undocumented status', { status: 'processing' }, /`status` must be one of transcoding, ready, failed/],
    ['an empty search', { search: '' }, /`search` must not be empty/],
    ['a malformed date', { from: '2024/01/01' }, /`from` must be a date/],
    ['an impossible date', { to: '2024-02-30' }, /`to` must be a date/],
    ['an invalid Date', { to: new Date('nope') }, /`to` must be a date written YYYY-MM-DD or a valid Date/],
    ['from after to', { from: '2024-02-01', to: '2024-01-01' }, /`from` \(2024-02-01\) is after `to`/],
    ['an unknown filter', { sort: 'name' }, /unknown option `sort`/],
  ];
  for (const [name, filters, message] of bad) {
    it(`refuses ${name} as a rejection (awaited or iterated), before any request`, async () => {
      const { client } = createTestClient();
      const awaited = await rejectionOf(client.videos.list(filters as never));
      const iterated = await rejectionOf(collect(client.videos.list(filters as never)));
      for (const error of [awaited, iterated]) {
        expect(ConfigurationError.isInstance(error)).toBe(true);
        expect(error.message).toMatch(message);
      }
      expect(requests).toHaveLength(0);
    });
  }

  it('needs an environment', async () => {
    const { client } = createTestClient({ environment: undefined });
    await expect(client.videos.list()).rejects.toThrow(/scoped to an environment/);
  });
});

describe('videos.listOrganization', () => {
  it('lists across environments without needing one', async () => {
    seedHesedVidVideo(mock.state, { orgId, name: 'Prod' });
    seedHesedVidVideo(mock.state, { orgId, name: 'Dev', environmentId: 'env_dev_123456789' });
    seedHesedVidVideo(mock.state, { orgId: 'org_other', name: 'Elsewhere' });
    const { client } = createTestClient({ environment: undefined });
    const videos = await collect(client.videos.listOrganization({ sortBy: 'name', sortDir: 'asc' }));
    expect(videos.map((video) => video.name)).toEqual(['Prod', 'Dev']);
    expect(requests[0]?.url).toMatch(/\/org_123456789\/videos\?page=1&pageSize=20&sortBy=name&sortDir=asc$/);
  });
});

describe('videos.get and videos.delete', () => {
  it('gets a video by public ID or list ID, unwrapped', async () => {
    const [stored] = seed(1);
    const { client } = createTestClient();
    const byPublicId = await client.videos.get(stored?.publicId ?? '');
    const byId = await client.videos.get(stored?.id ?? '');
    expect(byPublicId).toMatchObject({ id: stored?.id, name: 'Video 00', status: 'ready' });
    expect(byId).toEqual(byPublicId);
  });

  it('gives the request id and rate limit with .withResponse() and sends per-call headers', async () => {
    server.use(
      http.get('https://api.hesedvid.com/v1/api/:orgID/videos/:publicID', () =>
        HttpResponse.json(
          { body: { id: 'vid_1', name: 'One', status: 'ready', createdAt: '2024-01-15T10:30:00Z' } },
          { headers: { 'x-request-id': 'req_123', 'X-RateLimit-Limit': '1000', 'X-RateLimit-Remaining': '998' } },
        ),
      ),
    );
    const { client } = createTestClient();
    const { data, requestId, rateLimit } = await client.videos.get('pubvid_1', { headers: { 'x-trace': 'abc' } }).withResponse();
    expect(data).toEqual({ id: 'vid_1', name: 'One', status: 'ready', createdAt: '2024-01-15T10:30:00Z' });
    expect(requestId).toBe('req_123');
    expect(rateLimit).toMatchObject({ limit: 1000, remaining: 998 });
    expect(requests[0]?.headers.get('x-trace')).toBe('abc');
  });

  it('refuses an answer without the `{ body }` envelope as a ResponseValidationError', async () => {
    server.use(http.get('https://api.hesedvid.com/v1/api/:orgID/videos/:publicID', () => HttpResponse.json({ id: 'vid_1' })));
    const { client } = createTestClient();
    const error = await rejectionOf(client.videos.get('pubvid_1'));
    expect(error).toMatchObject({
      name: 'ResponseValidationError',
      message: expect.stringContaining('without the documented `{ body }` envelope'),
    });
  });

  it('soft-deletes with DELETE on the video: it is gone from get and list, kept in the mock', async () => {
    const [stored] = seed(2);
    const { client } = createTestClient();
    await client.videos.delete(stored?.publicId ?? '');
    expect(`${requests[0]?.method} ${new URL(requests[0]?.url ?? '').pathname}`).toBe(`DELETE /v1/api/${orgId}/videos/${stored?.publicId}`);
    expect(mock.state.videos.get(stored?.publicId ?? '')?.deleted).toBe(true);
    await expect(client.videos.get(stored?.publicId ?? '')).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
    expect(await collect(client.videos.list())).toHaveLength(1);
  });

  it('gets the processing status and starts processing through the step methods', async () => {
    const { client } = createTestClient();
    const issued = await client.videos.createUploadUrl({ fileName: 'steps.mp4', fileSize: 3 });
    expect(Object.keys(issued).sort()).toEqual(['expiresAt', 'signedURL', 'videoID']);
    const put = await fetch(issued.signedURL, { method: 'PUT', headers: { 'content-type': 'video/mp4' }, body: new Uint8Array([1, 2, 3]) });
    expect(put.status).toBe(200);
    const videoID = issued.videoID ?? '';
    await expect(client.videos.getStatus(videoID)).rejects.toMatchObject({ name: 'ConflictError', code: 'processing_not_started' });
    await expect(client.videos.startProcessing(videoID)).resolves.toEqual({ videoID, status: 'transcoding' });
    await expect(client.videos.getStatus(videoID)).resolves.toEqual({ videoID, status: 'transcoding' });
  });

  it('fills `videoID` from the call and `status` as transcoding when HesedVid leaves them out', async () => {
    server.use(
      http.post('https://api.hesedvid.com/v1/api/:orgID/videos/:publicID/start-processing', () => HttpResponse.json({ body: {} })),
      http.get('https://api.hesedvid.com/v1/api/:orgID/videos/:publicID/status', () => HttpResponse.json({ body: { status: 'ready' } })),
    );
    const { client } = createTestClient();
    await expect(client.videos.startProcessing('pubvid_9')).resolves.toEqual({ videoID: 'pubvid_9', status: 'transcoding' });
    await expect(client.videos.getStatus('pubvid_9')).resolves.toEqual({ videoID: 'pubvid_9', status: 'ready' });
  });

  it('refuses a missing video ID before any request', async () => {
    const { client } = createTestClient();
    for (const call of [() => client.videos.get(''), () => client.videos.delete(undefined as never), () => client.videos.getStatus(' ')]) {
      const error = await rejectionOf(call());
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/public ID/);
    }
    await expect(client.videos.createUploadUrl({ fileName: 'a.mp4', fileSize: 6_000_000_000 })).rejects.toThrow(/at most 5 GB/);
    await expect(client.videos.createUploadUrl({ fileSize: 10 })).rejects.toThrow(/pass `fileName`/);
    expect(requests).toHaveLength(0);
  });
});
