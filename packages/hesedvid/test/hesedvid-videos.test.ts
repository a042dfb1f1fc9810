import { ConfigurationError } from '@conduit/core';
import { seedHesedVidVideo } from '@conduit/testing/hesedvid';
import { describe, expect, it } from 'vitest';
import type { HesedVidVideo } from '../src/index.js';
import { createTestClient, orgId, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, requests } = useHesedVidMock();

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

  it('sends every documented filter and gets only matching videos', async () => {
    seed(6, (index) => ({ lifecycle: index % 2 === 0 ? 'ready' : 'failed', name: index < 3 ? `Demo ${index}` : `Other ${index}` }));
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
    expect(videos.map((video) => video.name)).toEqual(['Demo 2', 'Demo 0']);
    expect(queries()[0]).toBe('page=1&pageSize=20&sortBy=created_at&sortDir=desc&status=ready&search=DEMO&from=2024-01-01&to=2024-01-03');
  });

  it('starts at `page` and stops after `maxItems`', async () => {
    seed(10);
    const { client } = createTestClient();
    const videos = await collect(client.videos.list({ page: 2, pageSize: 2, maxItems: 3, sortDir: 'asc' }));
    expect(videos.map((video) => video.name)).toEqual(['Video 02', 'Video 03', 'Video 04']);
    expect(queries().map((query) => new URLSearchParams(query).get('page'))).toEqual(['2', '3']);
  });

  it('lists another environment when told to', async () => {
    seedHesedVidVideo(mock.state, { orgId, name: 'On staging', environmentId: 'env_staging_123456789' });
    const { client } = createTestClient();
    const videos = await collect(client.videos.list({ environment: 'staging' }));
    expect(videos.map((video) => video.name)).toEqual(['On staging']);
  });

  it('returns one page with its pagination', async () => {
    seed(5);
    const { client } = createTestClient();
    const page = await client.videos.listPage({ page: 2, pageSize: 2 });
    expect(page.pagination).toEqual({ total: 5, page: 2, pageSize: 2, totalPages: 3 });
    expect(page.videos).toHaveLength(2);
    expect(page.hasMore).toBe(true);
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
    it(`refuses ${name} when called, before any request`, () => {
      const { client } = createTestClient();
      let caught: unknown;
      try {
        client.videos.list(filters as never);
      } catch (error) {
        caught = error;
      }
      expect(ConfigurationError.isInstance(caught)).toBe(true);
      expect((caught as Error).message).toMatch(message);
      expect(requests).toHaveLength(0);
    });
  }

  it('needs an environment', () => {
    const { client } = createTestClient({ environment: undefined });
    expect(() => client.videos.list()).toThrow(/scoped to an environment/);
  });
});

describe('videos.listOrganization', () => {
  it('lists across environments without needing one', async () => {
    seedHesedVidVideo(mock.state, { orgId, name: 'Prod' });
    seedHesedVidVideo(mock.state, { orgId, name: 'Dev', environmentId: 'env_dev_123456789' });
    seedHesedVidVideo(mock.state, { orgId: 'org_other', name: 'Elsewhere' });
    const { client } = createTestClient({ environment: undefined });
    const videos = await collect(client.videos.listOrganization({ sortBy: 'name', sortDir: 'asc' }));
    expect(videos.map((video) => video.name)).toEqual(['Dev', 'Prod']);
    expect(requests[0]?.url).toMatch(/\/org_123456789\/videos\?/);
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

  it('soft-deletes: the video is gone from get and list but its analytics stay', async () => {
    const [stored] = seed(2);
    const { client } = createTestClient();
    await client.videos.delete(stored?.publicId ?? '');
    expect(mock.state.videos.get(stored?.publicId ?? '')?.deleted).toBe(true);
    await expect(client.videos.get(stored?.publicId ?? '')).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
    expect(await collect(client.videos.list())).toHaveLength(1);
    await expect(client.analytics.video(stored?.publicId ?? '')).resolves.toMatchObject({ publicId: stored?.publicId });
  });

  it('gets the processing status and starts processing through the step methods', async () => {
    const { client } = createTestClient();
    const issued = await client.videos.createUploadUrl({ fileName: 'steps.mp4', fileSize: 3 });
    const put = await fetch(issued.signedUrl, { method: 'PUT', headers: { 'content-type': 'video/mp4' }, body: new Uint8Array([1, 2, 3]) });
    expect(put.status).toBe(200);
    const videoId = issued.videoId ?? '';
    await expect(client.videos.getStatus(videoId)).rejects.toMatchObject({ name: 'ConflictError', code: 'processing_not_started' });
    await expect(client.videos.startProcessing(videoId)).resolves.toEqual({ videoId, status: 'transcoding' });
    await expect(client.videos.getStatus(videoId)).resolves.toEqual({ videoId, status: 'transcoding' });
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
