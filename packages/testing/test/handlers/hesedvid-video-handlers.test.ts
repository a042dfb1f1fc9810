import { hesedVidOperations } from '@conduit/specs/hesedvid';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHesedVidMock, hesedvidBaseUrl, hesedvidTestKey, seedHesedVidVideo } from '../../src/hesedvid.js';
import { specExample } from '../../src/kernel/spec-example.js';

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
  seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Beta talk' });
  seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'alpha intro' });
  seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Gamma broken', status: 'failed', environmentId: 'env_dev_123456789' });
  seedHesedVidVideo(mock.state, { orgId: 'org_2', name: 'Other org' });
  seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Deleted', deleted: true });
  return seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Pending upload', status: 'uploading' });
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
  it("lists the organization's processed videos in the order they were added, not uploads, deleted or other orgs' videos", async () => {
    seedLibrary();
    const response = await get('/org_1/videos?sortBy=name&sortDir=asc&search=alpha');
    expect(response.status).toBe(200);
    expect(await names(response)).toEqual(['Beta talk', 'alpha intro', 'Gamma broken']);
  });

  it('pages the list and reports the totals', async () => {
    seedLibrary();
    const body = await (await get('/org_1/videos?page=2&pageSize=2')).json();
    expect(body.body.videos.map((video: { name: string }) => video.name)).toEqual(['Gamma broken']);
    expect(body.body.pagination).toEqual({ total: 3, page: 2, pageSize: 2, totalPages: 2 });
  });

  it('lists one environment by ID or by name, and refuses an unknown one with 404', async () => {
    seedLibrary();
    expect(await names(await get('/org_1/environments/dev/videos'))).toEqual(['Gamma broken']);
    expect(await names(await get('/org_1/environments/env_prod_123456789/videos'))).toEqual(['Beta talk', 'alpha intro']);
    const missing = await get('/org_1/environments/env_nope_1/videos');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'environment_not_found' });
  });
});

describe('HesedVid video details and delete', () => {
  it("shows a video by public or list ID: its own fields over the spec example's, the mock's own fields left out", async () => {
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Clip', createdAt: '2026-01-02T00:00:00Z' });
    const example = (specExample(hesedVidDocument, hesedVidOperations.getVideo).body as { body: Record<string, unknown> }).body;
    const response = await get(`/org_1/videos/${video.publicId}`);
    expect(response.status).toBe(200);
    const { body } = await response.json();
    expect(body).toEqual({ ...example, id: video.id, name: 'Clip', createdAt: '2026-01-02T00:00:00Z', status: 'ready' });
    expect((await (await get(`/org_1/videos/${video.id}`)).json()).body).toEqual(body);
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
