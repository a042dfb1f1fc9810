import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createViddyScribeMock, viddyscribeBaseUrl, viddyscribeTestKey } from '../../src/viddyscribe.js';

const mock = createViddyScribeMock({ validate: 'all' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mock.assertNoViolations();
  mock.reset();
});
afterAll(() => server.close());

const post = (path: string, body: unknown, key = viddyscribeTestKey) =>
  fetch(`${viddyscribeBaseUrl}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const get = (path: string) => fetch(`${viddyscribeBaseUrl}${path}`, { headers: { 'x-api-key': viddyscribeTestKey } });
const upload = (form: FormData) =>
  fetch(`${viddyscribeBaseUrl}/upload_media`, { method: 'POST', headers: { 'x-api-key': viddyscribeTestKey }, body: form });

async function signedUpload(filename: string) {
  const response = await post('/upload_media', { input: { type: 'signed_url', filename, content_type: 'video/mp4' } });
  expect(response.status).toBe(200);
  return response.json() as Promise<{ media_id: string; upload_url: string; gcs_path: string; status: string }>;
}

describe('ViddyScribe auth', () => {
  it.each([
    ['a key without the vsk_ prefix', 'sk_live_123'],
    ['an expired key', 'vsk_expired_0001'],
  ])('refuses %s with the spec 401 body', async (_name, key) => {
    const response = await post('/upload_media', { input: { type: 'url', url: 'https://example.com/a.mp4' } }, key);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized', message: 'Invalid or missing API key' });
    expect(mock.state.media.size).toBe(0);
  });
});

describe('ViddyScribe media uploads', () => {
  it('creates media from a URL with the spec example duration, and marks fail URLs', async () => {
    const response = await post('/upload_media', { input: { type: 'url', url: 'https://example.com/fail.mp4', filename: 'clip.mp4' } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'created', duration_seconds: 45.5, frame_rate: 30 });
    expect(body.media_id).not.toBe('550e8400-e29b-41d4-a716-446655440000');
    expect(mock.state.media.get(body.media_id)).toMatchObject({ uploadStatus: 'completed', failJobs: true });
  });

  it('records every request it answers in requests, with its operation and status', async () => {
    await post('/upload_media', { input: { type: 'url', url: 'https://example.com/a.mp4' } });
    await get('/get_results?job_id=task_missing');
    expect(mock.requests.map((request) => `${request.method} ${request.path} ${request.operationId} ${request.status}`)).toEqual([
      'POST /upload_media uploadMedia 200',
      'GET /get_results getResults 404',
    ]);
  });

  it('accepts a multipart video file, and answers a body outside the spec with the documented 400', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(16)], 'take-1.mp4', { type: 'video/mp4' }));
    form.append('input', '{"type":"file"}');
    const accepted = await upload(form);
    expect(accepted.status).toBe(200);
    const { media_id: mediaId } = await accepted.json();
    expect(mock.state.media.get(mediaId)).toMatchObject({ uploadStatus: 'completed', failJobs: false });

    const refused = await post('/upload_media', { input: { type: 'ftp', url: 'ftp://example.com/a.mp4' } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_request' });
    expect(mock.state.media.size).toBe(1);
  });
});

describe('ViddyScribe signed upload verification', () => {
  it('goes pending_upload -> processing -> completed and links a duplicate to its twin', async () => {
    const first = await signedUpload('first.mp4');
    expect(first.status).toBe('pending_upload');
    expect(mock.state.media.get(first.media_id)?.uploadStatus).toBe('pending_upload');
    const early = await post('/notify_upload_complete', { media_id: first.media_id, gcs_path: first.gcs_path });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: 'upload_failed' });

    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    const finish = async (pending: Awaited<ReturnType<typeof signedUpload>>) => {
      const put = await fetch(pending.upload_url, { method: 'PUT', headers: { 'content-type': 'video/mp4' }, body: bytes });
      expect(put.ok).toBe(true);
      const notified = await post('/notify_upload_complete', { media_id: pending.media_id, gcs_path: pending.gcs_path });
      expect(await notified.json()).toEqual({ media_id: pending.media_id, gcs_path: pending.gcs_path, upload_status: 'processing' });
      const query = `/get_upload_status?media_id=${pending.media_id}&gcs_path=${encodeURIComponent(pending.gcs_path)}`;
      const reads = [];
      for (let read = 0; read <= mock.state.verificationReads + 1; read++) {
        reads.push(await (await get(query)).json());
      }
      return reads;
    };
    const firstReads = await finish(first);
    const waits = Array.from({ length: mock.state.verificationReads }, () => 'processing');
    expect(firstReads.map((read) => read.upload_status)).toEqual([...waits, 'completed', 'completed']);
    expect(firstReads.at(-1)).toEqual({ media_id: first.media_id, gcs_path: first.gcs_path, upload_status: 'completed' });

    const second = await signedUpload('second.mp4');
    const secondReads = await finish(second);
    expect(secondReads.at(-1)).toMatchObject({ upload_status: 'completed', canonical_media_id: first.media_id });
  });

  it('answers 404 when the media or its gcs_path do not match', async () => {
    const pending = await signedUpload('a.mp4');
    const notify = await post('/notify_upload_complete', { media_id: pending.media_id, gcs_path: 'users/user_mock/videos/other/a.mp4' });
    expect(notify.status).toBe(404);
    expect(await notify.json()).toMatchObject({ error: 'not_found' });
    const status = await get(`/get_upload_status?media_id=${crypto.randomUUID()}&gcs_path=${encodeURIComponent(pending.gcs_path)}`);
    expect(status.status).toBe(404);
  });
});
