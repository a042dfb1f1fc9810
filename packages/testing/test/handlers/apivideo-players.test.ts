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
const uploadLogo = (path: string, bytes: Uint8Array<ArrayBuffer>, link?: string) => {
  const form = new FormData();
  form.append('file', new File([bytes], 'logo.bin', { type: 'application/octet-stream' }));
  if (link !== undefined) {
    form.append('link', link);
  }
  return fetch(`${base}${path}`, { method: 'POST', headers: { authorization }, body: form });
};
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0]);

describe('api.video player themes', () => {
  it('creates a theme with defaults, updates, lists and deletes it', async () => {
    const created = await call('/players', { body: { name: 'Brand', text: '#ffffff', hideTitle: true } });
    expect(created.status).toBe(201);
    const player = await created.json();
    expect(player).toMatchObject({ name: 'Brand', text: '#ffffff', hideTitle: true, enableApi: true, forceLoop: false });
    const updated = await call(`/players/${player.playerId}`, { method: 'PATCH', body: { forceLoop: true } });
    expect(await updated.json()).toMatchObject({ forceLoop: true, name: 'Brand' });
    expect((await (await call('/players')).json()).data).toHaveLength(1);
    expect((await call(`/players/${player.playerId}`)).status).toBe(200);
    expect((await call(`/players/${player.playerId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/players/${player.playerId}`)).status).toBe(404);
  });

  it('uploads a JPEG logo with a link, refuses other files and deletes the logo', async () => {
    const player = await (await call('/players', { body: { name: 'Logo' } })).json();
    const refused = await uploadLogo(`/players/${player.playerId}/logo`, new Uint8Array(12));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ name: 'file' });
    const uploaded = await uploadLogo(`/players/${player.playerId}/logo`, jpeg, 'https://example.com');
    expect(uploaded.status).toBe(200);
    expect((await uploaded.json()).assets).toEqual({
      logo: `https://vod.api.video/players/${player.playerId}/logo.jpeg`,
      link: 'https://example.com',
    });
    expect((await call(`/players/${player.playerId}/logo`, { method: 'DELETE' })).status).toBe(204);
    expect((await (await call(`/players/${player.playerId}`)).json()).assets).toBeUndefined();
  });

  it('answers 404 for every operation on an unknown player', async () => {
    const id = 'pl0000000000000000000000';
    const attempts = [
      call(`/players/${id}`),
      call(`/players/${id}`, { method: 'PATCH', body: { name: 'x' } }),
      call(`/players/${id}`, { method: 'DELETE' }),
      uploadLogo(`/players/${id}/logo`, jpeg),
      call(`/players/${id}/logo`, { method: 'DELETE' }),
    ];
    const statuses = await Promise.all(attempts.map(async (attempt) => (await attempt).status));
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
  });
});
