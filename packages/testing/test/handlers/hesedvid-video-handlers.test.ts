import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHesedVidMock, hesedvidBaseUrl, hesedvidTestKey, seedHesedVidVideo } from '../../src/hesedvid.js';

const mock = createHesedVidMock({ now: () => Date.UTC(2026, 0, 1) });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const get = (path: string, init: { method?: string; key?: string | null } = {}) => {
  const headers: Record<string, string> = {};
  if (init.key !== null) {
    headers['x-api-key'] = init.key ?? hesedvidTestKey;
  }
  return fetch(`${hesedvidBaseUrl}${path}`, { method: init.method ?? 'GET', headers });
};

function seedLibrary() {
  seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Beta talk', durationSeconds: 90, createdAt: '2026-01-02T00:00:00Z' });
  seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'alpha intro', durationSeconds: 30, createdAt: '2026-01-03T00:00:00Z' });
  seedHesedVidVideo(mock.state, {
    orgId: 'org_1',
    name: 'Gamma broken',
    durationSeconds: 61,
    lifecycle: 'failed',
    createdAt: '2026-01-01T00:00:00Z',
    environmentId: 'env_dev_123456789',
  });
  seedHesedVidVideo(mock.state, { orgId: 'org_2', name: 'Other org', createdAt: '2026-01-02T00:00:00Z' });
  return seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Pending upload', lifecycle: 'uploading' });
}

const names = async (response: Response) => {
  const body = await response.json();
  return (body.body.videos as Array<{ name: string }>).map((video) => video.name);
};

describe('HesedVid key check', () => {
  it.each([
    [null, 'unauthorized'],
    ['not-a-key', 'invalid_api_key'],
    ['hv_test_expired1', 'api_key_expired'],
    ['hv_live_revoked1', 'api_key_revoked'],
  ])('answers key %s with 401 %s', async (key, code) => {
    const response = await get('/org_1/videos', { key });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: code });
  });
});

describe('HesedVid video lists', () => {
  it.each([
    ['sortBy=name&sortDir=asc', ['alpha intro', 'Beta talk', 'Gamma broken']],
    ['sortBy=duration&sortDir=desc', ['Beta talk', 'Gamma broken', 'alpha intro']],
    ['sortBy=status&sortDir=asc', ['Gamma broken', 'Beta talk', 'alpha intro']],
    ['', ['alpha intro', 'Beta talk', 'Gamma broken']],
  ])('sorts the organization list by %s', async (query, expected) => {
    seedLibrary();
    const response = await get(`/org_1/videos?${query}`);
    expect(response.status).toBe(200);
    expect(await names(response)).toEqual(expected);
  });

  it.each([
    ['status=failed', ['Gamma broken']],
    ['search=ALPHA', ['alpha intro']],
    ['from=2026-01-02&sortBy=name&sortDir=asc', ['alpha intro', 'Beta talk']],
    ['to=2026-01-02&sortBy=name&sortDir=asc', ['Beta talk', 'Gamma broken']],
  ])('filters the organization list by %s', async (query, expected) => {
    seedLibrary();
    expect(await names(await get(`/org_1/videos?${query}`))).toEqual(expected);
  });

  it('pages the list and reports the totals', async () => {
    seedLibrary();
    const body = await (await get('/org_1/videos?page=2&pageSize=2&sortBy=name&sortDir=asc')).json();
    expect(body.body.videos.map((video: { name: string }) => video.name)).toEqual(['Gamma broken']);
    expect(body.body.pagination).toEqual({ total: 3, page: 2, pageSize: 2, totalPages: 2 });
  });

  it('lists one environment by ID or by name, and refuses an unknown one with 404', async () => {
    seedLibrary();
    expect(await names(await get('/org_1/environments/dev/videos'))).toEqual(['Gamma broken']);
    expect(await names(await get('/org_1/environments/env_prod_123456789/videos?sortBy=name&sortDir=asc'))).toEqual([
      'alpha intro',
      'Beta talk',
    ]);
    const missing = await get('/org_1/environments/env_nope_1/videos');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'environment_not_found' });
  });
});

describe('HesedVid video details and delete', () => {
  it('shows a listed video with its formatted duration', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Clip', durationSeconds: 125.4 });
    const response = await get(`/org_1/videos/${video.publicId}`);
    expect(response.status).toBe(200);
    expect((await response.json()).body).toMatchObject({ id: video.id, duration: '2:05', status: 'ready' });
  });

  it('answers 409 for a video still uploading and 404 for an unknown or other-org video', async () => {
    const pending = seedLibrary();
    const uploading = await get(`/org_1/videos/${pending.publicId}`);
    expect(uploading.status).toBe(409);
    expect(await uploading.json()).toMatchObject({ error: 'processing_not_started' });
    expect((await get('/org_2/videos/pubvid_nope')).status).toBe(404);
    expect((await get(`/org_2/videos/${pending.publicId}`)).status).toBe(404);
  });

  it('soft-deletes a video: it disappears from details and lists, a second delete is a 404', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Gone soon' });
    const deleted = await get(`/org_1/videos/${video.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ body: { videoID: video.publicId, deleted: true } });
    expect(mock.state.videos.get(video.publicId)?.deleted).toBe(true);
    expect((await get(`/org_1/videos/${video.publicId}`)).status).toBe(404);
    expect(await names(await get('/org_1/videos'))).toEqual([]);
    const again = await get(`/org_1/videos/${video.publicId}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: 'video_not_found' });
  });
});
