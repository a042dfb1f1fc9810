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

const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Basic ${btoa(`${apivideoTestKey}:`)}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

async function video(title: string): Promise<string> {
  return (await (await call('/videos', { body: { title } })).json()).videoId;
}

describe('api.video summaries', () => {
  it('generates an automatic summary on the second source read and refuses a second summary', async () => {
    const videoId = await video('Keynote');
    const created = await call('/summaries', { body: { videoId, origin: 'auto' } });
    expect(created.status).toBe(201);
    const summary = await created.json();
    expect(summary).toMatchObject({ videoId, origin: 'auto', sourceStatus: 'waiting' });
    const busy = await call(`/summaries/${summary.summaryId}/source`, { method: 'PATCH', body: { abstract: 'Mine' } });
    expect(busy.status).toBe(409);
    expect(await (await call(`/summaries/${summary.summaryId}/source`)).json()).toEqual({});
    expect(await (await call(`/summaries/${summary.summaryId}/source`)).json()).toEqual({
      title: 'Keynote',
      abstract: 'A summary of Keynote.',
      takeaways: ['First takeaway', 'Second takeaway'],
    });
    const again = await call('/summaries', { body: { videoId } });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ name: 'videoId' });
  });

  it('writes an API summary source by hand, lists by filters and deletes it', async () => {
    const videoId = await video('Talk');
    const otherId = await video('Other');
    const summary = await (await call('/summaries', { body: { videoId } })).json();
    await call('/summaries', { body: { videoId: otherId, origin: 'auto' } });
    expect(summary).toMatchObject({ origin: 'api', sourceStatus: 'missing' });
    const written = await call(`/summaries/${summary.summaryId}/source`, { method: 'PATCH', body: { takeaways: ['One'] } });
    expect(await written.json()).toEqual({ takeaways: ['One'] });
    const completed = await (await call('/summaries?sourceStatus=completed')).json();
    expect(completed.data.map((item: { videoId: string }) => item.videoId)).toEqual([videoId]);
    const auto = await (await call('/summaries?origin=auto')).json();
    expect(auto.data.map((item: { videoId: string }) => item.videoId)).toEqual([otherId]);
    const byVideo = await (await call(`/summaries?videoId=${otherId}`)).json();
    expect(byVideo.data).toHaveLength(1);
    expect((await call(`/summaries/${summary.summaryId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/summaries/${summary.summaryId}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers 404 for an unknown video or summary', async () => {
    expect((await call('/summaries', { body: { videoId: 'vi0000000000000000000000' } })).status).toBe(404);
    expect((await call('/summaries/summary_0000000000000000000000/source')).status).toBe(404);
    const patch = await call('/summaries/summary_0000000000000000000000/source', { method: 'PATCH', body: {} });
    expect(patch.status).toBe(404);
  });
});
