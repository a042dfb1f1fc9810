import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apivideoTestKey, createApiVideoMock } from '../../src/apivideo.js';

const base = 'https://ws.api.video';
let mock = createApiVideoMock({ videoRestore: true });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock = createApiVideoMock({ videoRestore: true });
  server.resetHandlers(...mock.handlers);
});
afterAll(() => server.close());

const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Basic ${btoa(`${apivideoTestKey}:`)}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

async function create(body: Record<string, unknown>) {
  const response = await call('/videos', { body });
  expect(response.status).toBe(201);
  return response.json() as Promise<{ videoId: string; title: string; tags: string[] }>;
}

const titles = async (path: string) => ((await (await call(path)).json()).data as Array<{ title: string }>).map((video) => video.title);

describe('api.video video lists', () => {
  it('filters by title, description, tags and metadata, newest first unless sorted', async () => {
    await create({ title: 'Cats', description: 'Furry friends', tags: ['pets', 'cute'], metadata: [{ key: 'lang', value: 'en' }] });
    await create({ title: 'Dogs', description: 'Loyal', tags: ['pets'], metadata: [{ key: 'lang', value: 'fr' }] });
    await create({ title: 'Cars' });
    expect(await titles('/videos')).toEqual(['Cars', 'Dogs', 'Cats']);
    expect(await titles('/videos?sortBy=title&sortOrder=asc')).toEqual(['Cars', 'Cats', 'Dogs']);
    expect(await titles('/videos?title=ca')).toEqual(['Cars', 'Cats']);
    expect(await titles('/videos?description=furry')).toEqual(['Cats']);
    expect(await titles('/videos?tags[]=pets&tags[]=cute')).toEqual(['Cats']);
    expect(await titles('/videos?metadata[lang]=fr')).toEqual(['Dogs']);
  });

  it('counts tags of live videos and filters them by value', async () => {
    await create({ title: 'A', tags: ['news', 'sport'] });
    await create({ title: 'B', tags: ['news'] });
    const body = await (await call('/tags')).json();
    expect(body.data).toEqual([
      { value: 'news', videoCount: 2 },
      { value: 'sport', videoCount: 1 },
    ]);
    expect((await (await call('/tags?value=SPO')).json()).data).toEqual([{ value: 'sport', videoCount: 1 }]);
  });
});

describe('api.video video lifecycle', () => {
  it('copies a video from another one with 202 and a video source', async () => {
    const original = await create({ title: 'Original' });
    const response = await call('/videos', { body: { title: 'Copy', source: original.videoId } });
    expect(response.status).toBe(202);
    const copy = await response.json();
    expect(copy.source).toEqual({ uri: `/videos/${copy.videoId}/source`, type: 'video' });
    const fromUrl = await (await call('/videos', { body: { title: 'Remote', source: 'https://example.com/a.mp4' } })).json();
    expect(fromUrl.source.type).toBe('url');
  });

  it('updates a video, and answers 404 for unknown ones', async () => {
    const video = await create({ title: 'Before' });
    const updated = await call(`/videos/${video.videoId}`, { method: 'PATCH', body: { title: 'After' } });
    expect((await updated.json()).title).toBe('After');
    for (const [path, method] of [
      ['/videos/vi0000000000000000000000', 'GET'],
      ['/videos/vi0000000000000000000000', 'PATCH'],
      ['/videos/vi0000000000000000000000', 'DELETE'],
      ['/videos/vi0000000000000000000000/status', 'GET'],
      ['/discarded/videos/vi0000000000000000000000', 'GET'],
    ] as const) {
      const response = await call(path, { method, body: method === 'PATCH' ? {} : undefined });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
  });

  it('discards a deleted video, lists it as discarded and restores it', async () => {
    const video = await create({ title: 'Keep me' });
    expect((await call(`/videos/${video.videoId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/videos/${video.videoId}`)).status).toBe(404);
    expect(await titles('/discarded/videos')).toEqual(['Keep me']);
    const discarded = await (await call(`/discarded/videos/${video.videoId}`)).json();
    expect(discarded.discarded).toBe(true);
    expect(typeof discarded.deletesAt).toBe('string');
    const restored = await call(`/discarded/videos/${video.videoId}`, { method: 'PATCH', body: { discarded: false } });
    expect(restored.status).toBe(200);
    expect((await restored.json()).discarded).toBe(false);
    expect(await titles('/videos')).toEqual(['Keep me']);
    expect(await titles('/discarded/videos')).toEqual([]);
  });

  it('picks a thumbnail at a timecode', async () => {
    const video = await create({ title: 'Thumb' });
    const response = await call(`/videos/${video.videoId}/thumbnail`, { method: 'PATCH', body: { timecode: '00:00:01.000' } });
    expect(response.status).toBe(200);
    expect((await response.json()).assets.thumbnail).toContain('thumbnail.jpg?t=00%3A00%3A01.000');
    expect((await call('/videos/vi0000000000000000000000/thumbnail', { method: 'PATCH', body: { timecode: '00:00:01.000' } })).status).toBe(
      404,
    );
  });
});
