import { viddyScribeOperations } from '@conduit/specs/viddyscribe';
import { viddyScribeDocument } from '@conduit/specs/viddyscribe/document';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { specExample } from '../../src/kernel/spec-example.js';
import { createViddyScribeMock, viddyscribeBaseUrl, viddyscribeTestKey } from '../../src/viddyscribe.js';

const mock = createViddyScribeMock({ validate: 'all' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mock.assertNoViolations();
  mock.reset();
});
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
const start = async (path: string, mediaId: string, config?: object) =>
  (await (await post(path, { input: { type: 'media_id', media_id: mediaId }, generation_config: config })).json()) as { job_id: string };

/** Every `get_results` answer until the job ends. */
async function reads(jobId: string) {
  const seen: Array<Record<string, unknown>> = [];
  for (let read = 0; read < 2 + mock.state.processingReads; read++) {
    seen.push(await (await results(jobId)).json());
  }
  return seen;
}

describe('ViddyScribe generate requests', () => {
  it('accepts a multipart file with a generation_config string; the job ends with the spec vtt example', async () => {
    const form = new FormData();
    form.append('input', '{"type":"file"}');
    form.append('file', new File([new Uint8Array(8)], 'scene.mp4', { type: 'video/mp4' }));
    form.append('generation_config', JSON.stringify({ format: 'vtt' }));
    const response = await postForm('/generate_ad_text', form);
    expect(response.status).toBe(200);
    const accepted = await response.json();
    expect(accepted).toMatchObject({ status: 'queued', job_id: expect.stringMatching(/^task_/) });
    expect(mock.state.jobs.get(accepted.job_id)).toMatchObject({ kind: 'text', mediaId: accepted.media_id, config: { format: 'vtt' } });
    const seen = await reads(accepted.job_id);
    expect(seen.map((read) => read.status)).toEqual(['queued', 'processing', 'done']);
    const example = specExample(viddyScribeDocument, viddyScribeOperations.getResults).body as Record<string, unknown>;
    expect(seen[0]).toMatchObject({ created_at: example.created_at, media_id: accepted.media_id });
    expect(seen[2]?.output).toEqual({
      format: 'vtt',
      content: 'WEBVTT\n\n00:00.500 --> 00:03.100\nA woman in a yellow top sits at a desk with a laptop.\n',
    });
    expect(seen[2]?.audio_signed_url).toBeUndefined();
  });

  it('answers json jobs with the spec segments example', async () => {
    const { job_id: jobId } = await start('/generate_ad_text', mock.seedMedia(), { format: 'json' });
    const done = (await reads(jobId)).at(-1);
    expect(done?.output).toEqual({
      segments: [
        { start: 0.5, end: 3.1, text: 'A woman in a yellow top sits at a desk with a laptop.' },
        { start: 3.2, end: 5.9, text: 'She looks at the camera and smiles.' },
      ],
    });
  });

  it('reads the older flat video body {media_id, language}', async () => {
    const mediaId = mock.seedMedia();
    const response = await post('/generate_ad_video', { media_id: mediaId, language: 'fr' });
    expect(response.status).toBe(200);
    const { job_id: jobId } = await response.json();
    expect(mock.state.jobs.get(jobId)).toMatchObject({ kind: 'video', mediaId });
  });

  it('creates media from an input URL and fails jobs whose URL says fail', async () => {
    const response = await post('/generate_ad_audio', { input: { type: 'url', url: 'https://example.com/fail.mp4' } });
    expect(response.status).toBe(200);
    const { job_id: jobId } = await response.json();
    expect((await reads(jobId)).at(-1)).toMatchObject({
      status: 'failed',
      error_code: 'video_processing_failed',
      error: 'The video could not be processed.',
    });
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

  it('answers 404 for unknown media and 409 in either documented shape for media not verified', async () => {
    const unknown = await post('/generate_ad_text', { input: { type: 'media_id', media_id: crypto.randomUUID() } });
    expect(unknown.status).toBe(404);
    const failed = await post('/generate_ad_text', { input: { type: 'media_id', media_id: mock.seedMedia({ uploadStatus: 'failed' }) } });
    expect(failed.status).toBe(409);
    expect(await failed.json()).toMatchObject({ error: 'upload_failed' });
    const mediaId = mock.seedMedia({ uploadStatus: 'processing', readyAfter: 1 });
    const notReady = await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } });
    expect(notReady.status).toBe(409);
    expect(await notReady.json()).toMatchObject({ code: 'upload_not_ready', upload_status: 'processing' });
    expect((await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } })).status).toBe(200);
  });

  it('answers 429 plan_limit_exceeded once the credits are spent', async () => {
    const mediaId = mock.seedMedia();
    mock.state.credits = 1;
    expect((await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } })).status).toBe(200);
    const refused = await post('/generate_ad_text', { input: { type: 'media_id', media_id: mediaId } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'plan_limit_exceeded' });
    expect(mock.state.jobs.size).toBe(1);
  });
});

describe('ViddyScribe legacy text endpoints', () => {
  it('answers both with the spec example (they keep no job)', async () => {
    const example = specExample(viddyScribeDocument, viddyScribeOperations.generateAdTextFromUrl).body;
    const byUrl = await post('/generate_ad_text_from_url', { source_url: 'https://example.com/a.mp4', language: 'en' });
    expect(await byUrl.json()).toEqual(example);
    const form = new FormData();
    form.append('file', new File([new Uint8Array(8)], 'a.mp4', { type: 'video/mp4' }));
    expect(await (await postForm('/generate_ad_text_from_file', form)).json()).toEqual(example);
    expect(mock.state.jobs.size).toBe(0);
  });
});

describe('ViddyScribe result links', () => {
  it('signs only the audio track for an audio job', async () => {
    const { job_id: jobId } = await start('/generate_ad_audio', mock.seedMedia(), { format: 'srt' });
    const done = (await reads(jobId)).at(-1);
    expect(done).toMatchObject({ status: 'done', audio_signed_url: expect.stringMatching(/audio\.wav\?.*X-Goog-Signature=/) });
    expect(done?.video_signed_url).toBeUndefined();
  });

  it('signs video and audio for a standard video job, only the video for an extended one, afresh on every read', async () => {
    const mediaId = mock.seedMedia();
    const standard = await start('/generate_ad_video', mediaId);
    const done = (await reads(standard.job_id)).at(-1);
    expect(done?.video_signed_url).toMatch(new RegExp(`${standard.job_id}/video\\.mp4\\?.*X-Goog-Expires=900`));
    expect(done?.audio_signed_url).toMatch(/audio\.wav\?/);
    const again = await (await results(standard.job_id)).json();
    expect(again.video_signed_url).not.toBe(done?.video_signed_url);

    const extended = await start('/generate_ad_video', mediaId, { ad_type: 'extended_ad' });
    const extendedDone = (await reads(extended.job_id)).at(-1);
    expect(extendedDone?.video_signed_url).toMatch(/video\.mp4\?/);
    expect(extendedDone?.audio_signed_url).toBeUndefined();
  });
});
