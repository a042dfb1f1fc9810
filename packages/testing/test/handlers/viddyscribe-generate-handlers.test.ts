import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createViddyScribeMock, viddyscribeBaseUrl, viddyscribeTestKey } from '../../src/viddyscribe.js';

const mock = createViddyScribeMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const post = (path: string, body: unknown) =>
  fetch(`${viddyscribeBaseUrl}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': viddyscribeTestKey, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const postForm = (path: string, form: FormData) =>
  fetch(`${viddyscribeBaseUrl}${path}`, { method: 'POST', headers: { 'x-api-key': viddyscribeTestKey }, body: form });
const results = (jobId: string) =>
  fetch(`${viddyscribeBaseUrl}/get_results?job_id=${jobId}`, { headers: { 'x-api-key': viddyscribeTestKey } });

async function finalResult(jobId: string) {
  let body: Record<string, unknown> = {};
  for (let read = 0; read < 2 + mock.state.processingReads; read++) {
    body = await (await results(jobId)).json();
  }
  return body;
}

describe('ViddyScribe generate requests', () => {
  it('accepts a multipart file with a generation_config string and ends with the requested format', async () => {
    const form = new FormData();
    form.append('input', '{"type":"file"}');
    form.append('file', new File([new Uint8Array(8)], 'scene.mp4', { type: 'video/mp4' }));
    form.append('generation_config', JSON.stringify({ format: 'vtt' }));
    const response = await postForm('/generate_ad_text', form);
    expect(response.status).toBe(200);
    const accepted = await response.json();
    expect(accepted.status).toBe('queued');
    expect(mock.state.media.get(accepted.media_id)).toMatchObject({ via: 'file', filename: 'scene.mp4' });
    const done = await finalResult(accepted.job_id);
    expect(done).toMatchObject({ status: 'done', output: { format: 'vtt' } });
    expect(done.audio_signed_url).toBeUndefined();
  });

  it('reads the older flat video body {media_id, language}', async () => {
    const mediaId = mock.seedMedia();
    const response = await post('/generate_ad_video', { media_id: mediaId, language: 'fr' });
    expect(response.status).toBe(200);
    const { job_id: jobId } = await response.json();
    expect(mock.state.jobs.get(jobId)).toMatchObject({ kind: 'video', mediaId, config: { language: 'fr' } });
  });

  it('creates media from an input URL and fails jobs whose URL says fail', async () => {
    const response = await post('/generate_ad_audio', { input: { type: 'url', url: 'https://example.com/fail.mp4' } });
    expect(response.status).toBe(200);
    const { job_id: jobId } = await response.json();
    expect(await finalResult(jobId)).toMatchObject({ status: 'failed', error_code: 'video_processing_failed' });
  });

  it('runs a job on the canonical twin of a duplicate media item', async () => {
    const canonical = mock.seedMedia();
    const duplicate = mock.seedMedia();
    const stored = mock.state.media.get(duplicate);
    if (stored) {
      stored.canonicalId = canonical;
    }
    const accepted = await (await post('/generate_ad_text', { input: { type: 'media_id', media_id: duplicate } })).json();
    expect(accepted.media_id).toBe(canonical);
  });

  it('answers upload_failed for a media item whose verification failed', async () => {
    const mediaId = mock.seedMedia({ uploadStatus: 'failed' });
    const response = await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'upload_failed' });
  });

  it('reports exhausted credits in the legacy 403 style and the queue limit with Retry-After', async () => {
    const mediaId = mock.seedMedia();
    mock.exhaustCredits('legacy');
    const legacy = await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } });
    expect(legacy.status).toBe(403);
    expect(await legacy.json()).toMatchObject({ error: 'limit_reached' });
    mock.state.credits = Number.POSITIVE_INFINITY;
    mock.state.maxQueuedJobs = 0;
    const queued = await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } });
    expect(queued.status).toBe(429);
    expect(queued.headers.get('retry-after')).toBe('30');
    expect(await queued.json()).toMatchObject({ error: 'queue_limit_exceeded' });
  });
});

describe('ViddyScribe legacy text endpoints', () => {
  it('queues a text job from a multipart file with language and ad type', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(8)], 'fail-me.mp4', { type: 'video/mp4' }));
    form.append('language', 'de');
    form.append('ad_type', 'standard_ad');
    const response = await postForm('/generate_ad_text_from_file', form);
    expect(response.status).toBe(200);
    const { job_id: jobId, media_id: mediaId } = await response.json();
    expect(mock.state.jobs.get(jobId)).toMatchObject({ kind: 'text', fail: true, config: { language: 'de', ad_type: 'standard_ad' } });
    expect(mock.state.media.get(mediaId)?.filename).toBe('fail-me.mp4');
  });

  it('queues a text job from a source URL', async () => {
    const response = await post('/generate_ad_text_from_url', { source_url: 'https://example.com/a.mp4', language: 'en' });
    expect(response.status).toBe(200);
    const { job_id: jobId } = await response.json();
    expect(mock.state.jobs.get(jobId)).toMatchObject({ kind: 'text', fail: false, config: { language: 'en', format: 'json' } });
  });
});

describe('ViddyScribe results', () => {
  it.each([
    ['srt', 'srt'],
    ['edl', 'edl'],
  ])('answers the %s output', async (format, expected) => {
    const mediaId = mock.seedMedia();
    const { job_id: jobId } = await (
      await post('/generate_ad_audio', { input: { type: 'media_id', media_id: mediaId }, generation_config: { format } })
    ).json();
    const done = await finalResult(jobId);
    expect(done).toMatchObject({ status: 'done', output: { format: expected } });
    expect(typeof done.audio_signed_url).toBe('string');
    expect(done.video_signed_url).toBeUndefined();
  });

  it('signs video and audio downloads for a video job, and only the video for an extended one', async () => {
    const mediaId = mock.seedMedia();
    const standard = await (await post('/generate_ad_video', { input: { type: 'media_id', media_id: mediaId } })).json();
    const done = await finalResult(standard.job_id);
    const video = await fetch(String(done.video_signed_url));
    expect(video.status).toBe(200);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    const audio = await fetch(String(done.audio_signed_url));
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(await audio.text()).toBe(`mock ${standard.job_id}/audio.wav`);
    const wrongPath = String(done.audio_signed_url).replace('audio.wav', 'video.mp4');
    expect((await fetch(wrongPath)).status).toBe(403);

    const extended = await (
      await post('/generate_ad_video', { input: { type: 'media_id', media_id: mediaId }, generation_config: { ad_type: 'extended_ad' } })
    ).json();
    const extendedDone = await finalResult(extended.job_id);
    expect(typeof extendedDone.video_signed_url).toBe('string');
    expect(extendedDone.audio_signed_url).toBeUndefined();
  });
});
