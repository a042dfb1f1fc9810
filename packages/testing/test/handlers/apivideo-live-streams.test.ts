import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apivideoTestKey, createApiVideoMock } from '../../src/apivideo.js';

const base = 'https://ws.api.video';
let mock = createApiVideoMock();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock = createApiVideoMock();
  server.resetHandlers(...mock.handlers);
});
afterAll(() => server.close());

const authorization = `Basic ${btoa(`${apivideoTestKey}:`)}`;
const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const uploadImage = (path: string, bytes: Uint8Array<ArrayBuffer>) => {
  const form = new FormData();
  form.append('file', new File([bytes], 'image.bin', { type: 'application/octet-stream' }));
  return fetch(`${base}${path}`, { method: 'POST', headers: { authorization }, body: form });
};
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('api.video live streams', () => {
  it('creates, filters, updates and deletes live streams', async () => {
    const created = await call('/live-streams', { body: { name: 'Morning show', public: false } });
    expect(created.status).toBe(201);
    const stream = await created.json();
    expect(stream).toMatchObject({ name: 'Morning show', public: false, broadcasting: false, restreams: [] });
    expect(stream.assets.thumbnail).toBeUndefined();
    await call('/live-streams', { body: { name: 'Evening show' } });
    const byName = await (await call('/live-streams?name=Evening%20show')).json();
    expect(byName.data.map((item: { name: string }) => item.name)).toEqual(['Evening show']);
    const byKey = await (await call(`/live-streams?streamKey=${stream.streamKey}`)).json();
    expect(byKey.data.map((item: { liveStreamId: string }) => item.liveStreamId)).toEqual([stream.liveStreamId]);

    const updated = await call(`/live-streams/${stream.liveStreamId}`, { method: 'PATCH', body: { name: 'Renamed', public: true } });
    expect(await updated.json()).toMatchObject({ name: 'Renamed', public: true });
    expect((await call(`/live-streams/${stream.liveStreamId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/live-streams/${stream.liveStreamId}`)).status).toBe(404);
  });

  it('refuses an unknown player', async () => {
    const response = await call('/live-streams', { body: { name: 'Show', playerId: 'pt0000000000000000000000' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ name: 'playerId' });
    expect(mock.state.liveStreams.size).toBe(0);
  });

  it('uploads a PNG thumbnail, refuses a file that is not an image and deletes the thumbnail', async () => {
    const stream = await (await call('/live-streams', { body: { name: 'Show' } })).json();
    const refused = await uploadImage(`/live-streams/${stream.liveStreamId}/thumbnail`, new Uint8Array(12));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ name: 'file' });
    const uploaded = await uploadImage(`/live-streams/${stream.liveStreamId}/thumbnail`, png);
    expect(uploaded.status).toBe(200);
    expect((await uploaded.json()).assets.thumbnail).toBe(`https://live.api.video/${stream.liveStreamId}/thumbnail.jpg`);
    const removed = await call(`/live-streams/${stream.liveStreamId}/thumbnail`, { method: 'DELETE' });
    expect((await removed.json()).assets.thumbnail).toBeUndefined();
  });

  it('answers 404 for every operation on an unknown live stream', async () => {
    const id = 'li0000000000000000000000';
    const attempts = [
      call(`/live-streams/${id}`),
      call(`/live-streams/${id}`, { method: 'PATCH', body: { name: 'x' } }),
      call(`/live-streams/${id}`, { method: 'DELETE' }),
      uploadImage(`/live-streams/${id}/thumbnail`, png),
      call(`/live-streams/${id}/thumbnail`, { method: 'DELETE' }),
      call(`/live-streams/${id}/complete`, { method: 'PUT' }),
    ];
    const statuses = await Promise.all(attempts.map(async (attempt) => (await attempt).status));
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
  });
});
