import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHesedVidMock, hesedvidBaseUrl, hesedvidTestKey, seedHesedVidVideo } from '../../src/hesedvid.js';

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
    expect(video).toMatchObject({ name: 'Talk', contentType: 'video/webm', lifecycle: 'uploading', environmentId: 'env_prod_123456789' });

    const early = await send(`/org_1/videos/${body.videoID}/start-processing`, { method: 'POST' });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: 'upload_not_found' });
    const notStarted = await send(`/org_1/videos/${body.videoID}/status`);
    expect(notStarted.status).toBe(409);
    expect(await notStarted.json()).toMatchObject({ error: 'processing_not_started' });

    const put = await fetch(body.signedURL, { method: 'PUT', headers: { 'content-type': 'video/webm' }, body: new Uint8Array(250_000) });
    expect(put.ok).toBe(true);
    const started = await send(`/org_1/videos/${body.videoID}/start-processing`, { method: 'POST' });
    expect(await started.json()).toEqual({ body: { videoID: body.videoID, status: 'transcoding' } });
    expect(video).toMatchObject({ fileSize: 250_000, durationSeconds: 2 });
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
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Broken', lifecycle: 'transcoding', pollsLeft: 0 });
    expect((await (await send(`/org_1/videos/${video.publicId}/status`)).json()).body.status).toBe('failed');
  });

  it('reads the REST reference body shape and guesses the content type from the extension', async () => {
    const created = await send(uploadUrl, { method: 'POST', body: { filename: 'clip.MOV', fileSize: 1234 } });
    expect(created.status).toBe(200);
    const video = [...mock.state.videos.values()][0];
    expect(video).toMatchObject({ fileName: 'clip.MOV', fileSize: 1234, contentType: 'video/quicktime', name: 'clip.MOV' });
    expect(video?.objectKey).toMatch(/\.mov$/);
    await send(uploadUrl, { method: 'POST', body: { fileName: 'raw.mkv', videoQuality: 'high', allowPublicAccess: true } });
    expect([...mock.state.videos.values()][1]).toMatchObject({
      contentType: 'video/x-matroska',
      videoQuality: 'high',
      allowPublicAccess: true,
    });
  });

  it('answers 404 for an unknown environment or video', async () => {
    const environment = await send('/org_1/environments/env_nope_1/videos/upload-url', {
      method: 'POST',
      body: { fileName: 'a.mp4', videoQuality: 'ultra', allowPublicAccess: false },
    });
    expect(environment.status).toBe(404);
    expect(await environment.json()).toMatchObject({ error: 'environment_not_found' });
    expect((await send('/org_1/videos/pubvid_none/start-processing', { method: 'POST' })).status).toBe(404);
    expect((await send('/org_1/videos/pubvid_none/status')).status).toBe(404);
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
    expect(publicLink.expiresAt).toBeUndefined();
    const privateLink = (
      await (await send(`/org_1/videos/${open.publicId}/share`, { method: 'POST', body: { expirationHours: 2 } })).json()
    ).body;
    expect(privateLink).toMatchObject({ webAppUrlType: 'private', expiresAt: '2026-01-01T02:00:00.000Z' });
    expect(mock.state.shareLinks).toHaveLength(2);
    expect((await send('/org_1/videos/pubvid_none/share', { method: 'POST', body: {} })).status).toBe(404);
  });

  it('signs playback URLs with an expiration and domains, and refuses bad ones', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Play' });
    const signed = (await (await send(`/org_1/videos/${video.publicId}/signed-url?expiration=15m&domains=a.com,b.com`)).json()).body;
    expect(signed.expiresAt).toBe('2026-01-01T00:15:00.000Z');
    const payload = JSON.parse(atob(signed.signedUrl.split('token=')[1].split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    expect(payload).toMatchObject({ iss: 'hesedvid', aud: video.publicId, domains: 'a.com,b.com' });
    const plain = (await (await send(`/org_1/videos/${video.publicId}/signed-url?expiration=4h`)).json()).body;
    expect(plain.expiresAt).toBe('2026-01-01T04:00:00.000Z');
    expect((await (await send(`/org_1/videos/${video.publicId}/signed-url`)).json()).body.expiresAt).toBe('2026-01-01T01:00:00.000Z');
    for (const query of ['expiration=25h', 'expiration=soon', 'domains=a.com,,b.com']) {
      const refused = await send(`/org_1/videos/${video.publicId}/signed-url?${query}`);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: 'invalid_request' });
    }
    expect((await send('/org_1/videos/pubvid_none/signed-url')).status).toBe(404);
    expect(mock.state.playbackUrls).toHaveLength(3);
  });

  it('computes analytics from views, counting deleted videos and skipping uploads', async () => {
    const empty = (await (await send('/org_1/analytics/usage')).json()).body;
    expect(empty).toEqual({ segmentsServed: 0, estimatedViews: 0, videoCount: 0 });
    const video = seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Watched', durationSeconds: 60, fileSize: 500, deleted: true });
    seedHesedVidVideo(mock.state, { orgId: 'org_1', name: 'Uploading', lifecycle: 'uploading' });
    mock.state.playbackUrls.push(`https://worker.hesedvid.com/${video.publicId}/master.m3u8?token=x`);
    mock.state.shareLinks.push({
      publicId: video.publicId,
      token: 't',
      expirationHours: undefined,
      maxViews: undefined,
      viewerEmail: undefined,
    });
    expect((await (await send('/org_1/analytics/usage')).json()).body).toEqual({ segmentsServed: 20, estimatedViews: 2, videoCount: 1 });
    expect((await (await send('/org_1/analytics/daily')).json()).body).toEqual({ days: [{ date: '2026-01-01', segmentsServed: 20 }] });
    expect((await (await send('/org_1/analytics/storage')).json()).body).toEqual({
      storageBytes: 500,
      totalDurationSeconds: 60,
      videoCount: 1,
    });
    const distribution = [
      { resolution: '1080p', segmentsServed: 10 },
      { resolution: '720p', segmentsServed: 7 },
      { resolution: '480p', segmentsServed: 3 },
    ];
    expect((await (await send('/org_1/analytics/resolution-distribution')).json()).body).toEqual({ resolutions: distribution });
    expect((await (await send(`/org_1/videos/${video.publicId}/analytics/resolution`)).json()).body).toEqual({
      publicId: video.publicId,
      resolutions: distribution,
    });
    expect((await send('/org_1/videos/pubvid_none/analytics/resolution')).status).toBe(404);
    expect((await (await send('/org_1/environments')).json()).body).toHaveLength(3);
    expect(mock.state.requests.analytics).toBeGreaterThan(5);
  });
});
