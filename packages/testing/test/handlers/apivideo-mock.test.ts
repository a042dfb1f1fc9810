import { apiVideoOperations } from '@conduit/specs/apivideo';
import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apivideoTestKey, createApiVideoMock } from '../../src/apivideo.js';
import { specExample } from '../../src/kernel/spec-example.js';

const base = 'https://ws.api.video';
let mock = createApiVideoMock({ videoRestore: true });
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock = createApiVideoMock({ videoRestore: true });
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
const read = async (path: string, init: { method?: string; body?: unknown } = {}) => (await call(path, init)).json();
const upload = (path: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(12)], 'file.bin'));
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  return fetch(`${base}${path}`, { method: 'POST', headers: { authorization }, body: form });
};
const example = (operationId: keyof typeof apiVideoOperations) => specExample(apiVideoDocument, apiVideoOperations[operationId]).body;
const unknown = 'xx0000000000000000000000';

describe('api.video videos', () => {
  it('creates videos from the spec example with their own ids, newest first in lists', async () => {
    const first = await read('/videos', { body: { title: 'First', tags: ['a'], language: 'fr' } });
    expect(first).toMatchObject({ title: 'First', tags: ['a'], language: 'fr', languageOrigin: 'api', description: '', public: true });
    expect(first.assets.hls).toBe(`https://vod.api.video/vod/${first.videoId}/hls/manifest.m3u8`);
    await call('/videos', { body: { title: 'Second' } });
    expect((await read('/videos')).data.map((video: { title: string }) => video.title)).toEqual(['Second', 'First']);
  });

  it('copies a video with 202 and a video (or url) source that is already ingested', async () => {
    const original = await read('/videos', { body: { title: 'Original' } });
    const response = await call('/videos', { body: { title: 'Copy', source: original.videoId } });
    expect(response.status).toBe(202);
    const copy = await response.json();
    expect(copy.source).toEqual({ uri: `/videos/${copy.videoId}/source`, type: 'video' });
    expect((await read(`/videos/${copy.videoId}/status`)).ingest.status).toBe('ingested');
    expect((await read('/videos', { body: { title: 'Remote', source: 'https://example.com/a.mp4' } })).source.type).toBe('url');
  });

  it('discards a deleted video, lists it as discarded and restores it', async () => {
    const video = await read('/videos', { body: { title: 'Keep me' } });
    expect((await call(`/videos/${video.videoId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/videos/${video.videoId}`)).status).toBe(404);
    expect((await read('/discarded/videos')).data.map((item: { videoId: string }) => item.videoId)).toEqual([video.videoId]);
    const discarded = await read(`/discarded/videos/${video.videoId}`);
    expect(discarded.discarded).toBe(true);
    expect(Date.parse(discarded.deletesAt) - Date.parse(discarded.discardedAt)).toBe(90 * 86_400_000);
    const restored = await call(`/discarded/videos/${video.videoId}`, { method: 'PATCH', body: { discarded: false } });
    expect(await restored.json()).toMatchObject({ discarded: false, discardedAt: null });
    expect((await read('/discarded/videos')).data).toEqual([]);
  });

  it('answers 404 problem details for every operation on an unknown video', async () => {
    for (const [path, method, body] of [
      [`/videos/${unknown}`, 'GET'],
      [`/videos/${unknown}`, 'PATCH', {}],
      [`/videos/${unknown}`, 'DELETE'],
      [`/videos/${unknown}/status`, 'GET'],
      [`/videos/${unknown}/thumbnail`, 'PATCH', { timecode: '00:00:01.000' }],
      [`/discarded/videos/${unknown}`, 'GET'],
      [`/videos/${unknown}/captions`, 'GET'],
      [`/videos/${unknown}/chapters/en`, 'GET'],
    ] as const) {
      const response = await call(path, { method, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toMatchObject({ type: 'https://docs.api.video/reference/resource-not-found' });
    }
  });
});

describe('api.video resources', () => {
  it('keeps player themes with the example defaults, a logo, and 404s for an unknown one', async () => {
    const created = await call('/players', { body: { name: 'Brand', hideTitle: true } });
    expect(created.status).toBe(201);
    const player = await created.json();
    expect(player).toMatchObject({ name: 'Brand', hideTitle: true, enableApi: true, forceLoop: false, text: 'rgba(255, 255, 255, 1)' });
    expect(await read(`/players/${player.playerId}`, { method: 'PATCH', body: { forceLoop: true } })).toMatchObject({ forceLoop: true });
    expect(await (await upload(`/players/${player.playerId}/logo`, { link: 'https://example.com' })).json()).toMatchObject({
      assets: { logo: `https://cdn.api.video/player/${player.playerId}/logo.png`, link: 'https://example.com' },
    });
    expect((await call(`/players/${player.playerId}/logo`, { method: 'DELETE' })).status).toBe(204);
    expect((await read(`/players/${player.playerId}`)).assets).toBeUndefined();
    expect((await call(`/players/${player.playerId}`, { method: 'DELETE' })).status).toBe(204);
    const statuses = [await call(`/players/${player.playerId}`), await upload(`/players/${unknown}/logo`)].map(
      (response) => response.status,
    );
    expect(statuses).toEqual([404, 404]);
  });

  it('keeps live streams with their own asset URLs, a thumbnail, and 404s for an unknown one', async () => {
    const stream = await read('/live-streams', { body: { name: 'Morning show', public: false } });
    expect(stream).toMatchObject({ name: 'Morning show', public: false, broadcasting: false, restreams: [] });
    expect(stream.assets.hls).toBe(`https://live.api.video/${stream.liveStreamId}.m3u8`);
    expect(stream.playerId).toBeUndefined();
    const withThumbnail = await (await upload(`/live-streams/${stream.liveStreamId}/thumbnail`)).json();
    expect(withThumbnail.assets.thumbnail).toMatch(`https://live.api.video/${stream.liveStreamId}/thumbnail.jpg`);
    expect((await read(`/live-streams/${stream.liveStreamId}/thumbnail`, { method: 'DELETE' })).assets.thumbnail).toBeUndefined();
    expect((await call(`/live-streams/${stream.liveStreamId}/complete`, { method: 'PUT' })).status).toBe(202);
    expect((await call(`/live-streams/${unknown}/complete`, { method: 'PUT' })).status).toBe(404);
  });

  it('keeps caption and chapter tracks per video', async () => {
    const one = await read('/videos', { body: { title: 'One' } });
    const two = await read('/videos', { body: { title: 'Two' } });
    const caption = await (await upload(`/videos/${one.videoId}/captions/en`)).json();
    expect(caption).toEqual({
      uri: `/videos/${one.videoId}/captions/en`,
      src: `https://vod.api.video/vod/${one.videoId}/captions/en.vtt`,
      srclang: 'en',
      languageName: 'English',
      default: false,
    });
    expect((await read(`/videos/${one.videoId}/captions`)).data).toEqual([caption]);
    expect((await read(`/videos/${two.videoId}/captions`)).data).toEqual([]);
    expect((await call(`/videos/${two.videoId}/captions/en`)).status).toBe(404);
    await upload(`/videos/${two.videoId}/chapters/fr`);
    expect(await read(`/videos/${two.videoId}/chapters/fr`)).toMatchObject({ language: 'fr', uri: `/videos/${two.videoId}/chapters/fr` });
  });

  it('stores summaries and answers their sources with the spec example while they exist', async () => {
    const video = await read('/videos', { body: { title: 'Talk' } });
    const summary = await read('/summaries', { body: { videoId: video.videoId, origin: 'auto' } });
    expect(summary).toMatchObject({ videoId: video.videoId, origin: 'auto', sourceStatus: 'waiting' });
    expect(await read(`/summaries/${summary.summaryId}/source`)).toEqual(example('getSummarySource'));
    expect((await read('/summaries')).data).toEqual([summary]);
    expect((await call(`/summaries/${summary.summaryId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/summaries/${summary.summaryId}/source`)).status).toBe(404);
  });

  it('answers stateless reads (analytics, tags) with the spec example', async () => {
    expect(await read('/data/metrics/play/total')).toEqual(example('getAggregatedMetrics'));
    expect(await read('/data/buckets/play/country')).toEqual(example('getMetricsBreakdown'));
    expect(await read('/tags')).toEqual(example('listTags'));
    expect(mock.requests.map((request) => request.path).slice(-3)).toEqual([
      '/data/metrics/play/total',
      '/data/buckets/play/country',
      '/tags',
    ]);
  });
});
