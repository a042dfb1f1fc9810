import { hesedVidOperations } from '@conduit/specs/hesedvid';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHesedVidMock, hesedvidBaseUrl, hesedvidTestKey, seedHesedVidVideo } from '../../src/hesedvid.js';
import { specExample } from '../../src/kernel/spec-example.js';

let outcome: 'ready' | 'failed' = 'ready';
const mock = createHesedVidMock({ now: () => Date.UTC(2026, 0, 1), processingPolls: 1, processingOutcome: () => outcome });
const referenceMock = createHesedVidMock({ uploadUrlShape: 'reference' });
const looseMock = createHesedVidMock({ uploadUrlShape: 'reference-without-id' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  outcome = 'ready';
});
afterAll(() => server.close());

const send = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${hesedvidBaseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'x-api-key': hesedvidTestKey, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

const uploadUrl = '/org_1/environments/prod/videos/upload-url';

describe('HesedVid upload lifecycle', () => {
  it('moves a video uploading -> transcoding -> ready over status polls', async () => {
    const created = await send(uploadUrl, {
      method: 'POST',
      body: { fileName: 'talk.webm', videoName: 'Talk', videoQuality: 'standard', allowPublicAccess: false },
    });
    expect(created.status).toBe(200);
    const { body } = await created.json();
    expect(typeof body.expiresAt).toBe('number');
    const video = mock.state.videos.get(body.videoID);
    expect(video).toMatchObject({ name: 'Talk', videoQuality: 'standard', status: 'uploading', environmentId: 'env_prod_123456789' });
    expect(video?.createdAt).toBe('2026-01-01T00:00:00.000Z');

    const early = await send(`/org_1/videos/${body.videoID}/start-processing`, { method: 'POST' });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: 'upload_not_found' });
    const notStarted = await send(`/org_1/videos/${body.videoID}/status`);
    expect(notStarted.status).toBe(409);
    expect(await notStarted.json()).toMatchObject({ error: 'processing_not_started' });

    const put = await fetch(body.signedURL, { method: 'PUT', headers: { 'content-type': 'video/webm' }, body: new Uint8Array(250_000) });
    expect(put.ok).toBe(true);
    expect(mock.state.storage.get(video?.objectKey ?? '')?.bytes.byteLength).toBe(250_000);
    const started = await send(`/org_1/videos/${body.videoID}/start-processing`, { method: 'POST' });
    expect(await started.json()).toEqual({ body: { videoID: body.videoID, status: 'transcoding' } });
    const statuses = [];
    for (let poll = 0; poll < 3; poll++) {
      statuses.push((await (await send(`/org_1/videos/${body.videoID}/status`)).json()).body.status);
    }
    expect(statuses).toEqual(['transcoding', 'ready', 'ready']);
    const again = await send(`/org_1/videos/${body.videoID}/start-processing`, { method: 'POST' });
    expect((await again.json()).body.status).toBe('ready');
  });

  it('ends in failed when the outcome says so', async () => {
    outcome = 'failed';
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Broken', status: 'transcoding', pollsLeft: 0 });
    expect((await (await send(`/org_1/videos/${video.publicId}/status`)).json()).body.status).toBe('failed');
  });

  it('takes the REST reference body: the URL is signed for its content type; unset fields are the spec example', async () => {
    const created = await send(uploadUrl, {
      method: 'POST',
      body: { filename: 'clip.mov', fileSize: 1234, contentType: 'video/quicktime' },
    });
    const { body } = await created.json();
    const example = specExample(hesedVidDocument, hesedVidOperations.getVideo).body as { body: Record<string, unknown> };
    expect(mock.state.videos.get(body.videoID)).toMatchObject({
      name: 'clip.mov',
      videoQuality: example.body.videoQuality,
      allowPublicAccess: example.body.allowPublicAccess,
    });
    const wrongType = await fetch(body.signedURL, { method: 'PUT', headers: { 'content-type': 'video/mp4' }, body: new Uint8Array(3) });
    expect(wrongType.status).toBe(403);
    const rightType = await fetch(body.signedURL, {
      method: 'PUT',
      headers: { 'content-type': 'video/quicktime' },
      body: new Uint8Array(3),
    });
    expect(rightType.status).toBe(200);
  });

  it('answers 404 for an unknown environment or video, and the documented 400 for a body of neither shape', async () => {
    const environment = await send('/org_1/environments/env_nope_1/videos/upload-url', {
      method: 'POST',
      body: { fileName: 'a.mp4', videoQuality: 'ultra', allowPublicAccess: false },
    });
    expect(environment.status).toBe(404);
    expect(await environment.json()).toMatchObject({ error: 'environment_not_found' });
    expect((await send('/org_1/videos/pubvid_none/start-processing', { method: 'POST' })).status).toBe(404);
    expect((await send('/org_1/videos/pubvid_none/status')).status).toBe(404);
    const neither = await send(uploadUrl, { method: 'POST', body: { name: 'a.mp4' } });
    expect(neither.status).toBe(400);
    expect(await neither.json()).toMatchObject({ error: 'invalid_request' });
  });

  it.each([
    [referenceMock, true],
    [looseMock, false],
  ])('answers the reference shape (with videoID: %#)', async (other, hasId) => {
    server.use(...other.handlers);
    const { body } = await (
      await send(uploadUrl, { method: 'POST', body: { fileName: 'a.mp4', videoQuality: 'ultra', allowPublicAccess: false } })
    ).json();
    expect(typeof body.expiresAt).toBe('string');
    expect('videoID' in body).toBe(hasId);
  });
});

describe('HesedVid delivery and analytics', () => {
  it('issues public and private share links', async () => {
    const open = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Open', allowPublicAccess: true });
    const publicLink = (await (await send(`/org_1/videos/${open.publicId}/share`, { method: 'POST', body: {} })).json()).body;
    expect(publicLink).toMatchObject({ webAppUrlType: 'public', directUrlType: 'public', publicId: open.publicId, videoName: 'Open' });
    expect(publicLink.directUrl).toBe(`https://worker.hesedvid.com/${open.publicId}/master.m3u8?token=${publicLink.token}`);
    expect(publicLink.expiresAt).toBeUndefined();
    const privateLink = (
      await (await send(`/org_1/videos/${open.publicId}/share`, { method: 'POST', body: { expirationHours: 2 } })).json()
    ).body;
    expect(privateLink).toMatchObject({ webAppUrlType: 'private', expiresAt: '2026-01-01T02:00:00.000Z' });
    const limited = (await (await send(`/org_1/videos/${open.publicId}/share`, { method: 'POST', body: { maxViews: 3 } })).json()).body;
    expect(limited.webAppUrlType).toBe('private');
    expect((await send('/org_1/videos/pubvid_none/share', { method: 'POST', body: {} })).status).toBe(404);
  });

  it('signs playback URLs with an expiration and domains, and refuses lifetimes beyond 24 hours', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Play' });
    const signed = (await (await send(`/org_1/videos/${video.publicId}/signed-url?expiration=15m&domains=a.com,b.com`)).json()).body;
    expect(signed.expiresAt).toBe('2026-01-01T00:15:00.000Z');
    const payload = JSON.parse(atob(signed.signedUrl.split('token=')[1].split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    expect(payload).toEqual({ iss: 'hesedvid', aud: video.publicId, exp: Date.UTC(2026, 0, 1, 0, 15) / 1000, domains: 'a.com,b.com' });
    const plain = (await (await send(`/org_1/videos/${video.publicId}/signed-url?expiration=4h`)).json()).body;
    expect(plain.expiresAt).toBe('2026-01-01T04:00:00.000Z');
    expect((await (await send(`/org_1/videos/${video.publicId}/signed-url`)).json()).body.expiresAt).toBe('2026-01-01T01:00:00.000Z');
    for (const query of ['expiration=25h', 'expiration=soon']) {
      const refused = await send(`/org_1/videos/${video.publicId}/signed-url?${query}`);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: 'invalid_request' });
    }
    expect((await send('/org_1/videos/pubvid_none/signed-url')).status).toBe(404);
  });

  it('answers the analytics with the spec examples and lists the environments from the state', async () => {
    const reports = [
      ['getUsageAnalytics', '/org_1/analytics/usage'],
      ['getDailyAnalytics', '/org_1/analytics/daily'],
      ['getStorageAnalytics', '/org_1/analytics/storage'],
      ['getResolutionDistribution', '/org_1/analytics/resolution-distribution'],
      ['getVideoAnalytics', '/org_1/videos/pubvid_any/analytics/resolution'],
    ] as const;
    for (const [operationId, path] of reports) {
      const response = await send(path);
      expect(response.headers.get('x-ratelimit-limit')).toBe('500');
      expect(await response.json()).toEqual(specExample(hesedVidDocument, hesedVidOperations[operationId]).body);
    }
    expect(mock.state.windows.get(`${hesedvidTestKey}:analytics`)?.used).toBe(reports.length);
    mock.state.environments.push({ id: 'env_qa_1', name: 'qa' });
    expect((await (await send('/org_1/environments')).json()).body.map(({ name }: { name: string }) => name)).toEqual([
      'prod',
      'staging',
      'dev',
      'qa',
    ]);
  });
});
