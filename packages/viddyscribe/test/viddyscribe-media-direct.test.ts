import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { viddyscribeBaseUrl } from '@conduit/testing/viddyscribe';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { InternalServerError, type MediaUploadProgress } from '../src/index.js';
import { createTestClient, smallVideo, useViddyScribeMock } from './viddyscribe-harness.js';

const { requests, server, mock } = useViddyScribeMock();

/** Records the multipart parts of every `upload_media` call, then lets the mock answer. */
function recordUploads() {
  const parts: Array<{
    input: unknown;
    fileName: string | undefined;
    fileType: string | undefined;
    size: number | undefined;
    json: unknown;
  }> = [];
  server.use(
    http.post(`${viddyscribeBaseUrl}/upload_media`, async ({ request }) => {
      const copy = request.clone();
      if ((copy.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
        const form = await copy.formData();
        const file = form.get('file') as File | null;
        parts.push({ input: form.get('input'), fileName: file?.name, fileType: file?.type, size: file?.size, json: undefined });
      } else {
        parts.push({ input: undefined, fileName: undefined, fileType: undefined, size: undefined, json: await copy.json() });
      }
      return undefined;
    }),
  );
  return parts;
}

describe('media.upload, direct multipart (known size <= 32 MB)', () => {
  it('sends bytes as multipart with input={"type":"file"} and the type from the file name', async () => {
    const parts = recordUploads();
    const { client } = createTestClient();
    const progress: MediaUploadProgress[] = [];
    const media = await client.media.upload(smallVideo, { filename: 'interview.mp4', onProgress: (event) => progress.push(event) });
    expect(media).toEqual({ media_id: expect.any(String), status: 'created', duration_seconds: 45.5, frame_rate: 30 });
    expect(mock.state.media.has(media.media_id)).toBe(true);
    expect(parts).toEqual([
      { input: '{"type":"file"}', fileName: 'interview.mp4', fileType: 'video/mp4', size: smallVideo.byteLength, json: undefined },
    ]);
    expect(progress).toEqual([
      { phase: 'uploading', loaded: 0, total: smallVideo.byteLength },
      { phase: 'uploading', loaded: smallVideo.byteLength, total: smallVideo.byteLength },
    ]);
    expect(requests).toEqual(['POST /upload_media']);
  });

  it('sends a File with its own name and type', async () => {
    const parts = recordUploads();
    const { client } = createTestClient();
    await client.media.upload(new File([smallVideo], 'scene.mov', { type: 'video/quicktime' }));
    expect(parts[0]).toMatchObject({ fileName: 'scene.mov', fileType: 'video/quicktime' });
  });

  it('reads a small file path from disk', async () => {
    const parts = recordUploads();
    const path = join(mkdtempSync(join(tmpdir(), 'viddyscribe-')), 'lecture.webm');
    writeFileSync(path, smallVideo);
    const { client } = createTestClient();
    const media = await client.media.upload(path);
    expect(media.status).toBe('created');
    expect(mock.state.media.has(media.media_id)).toBe(true);
    expect(parts[0]).toMatchObject({ fileName: 'lecture.webm', fileType: 'video/webm', size: smallVideo.byteLength });
  });

  it('ingests an http(s) URL string or URL object as JSON input.type url', async () => {
    const parts = recordUploads();
    const { client } = createTestClient();
    const first = await client.media.upload('https://example.com/media/keynote.mp4');
    const second = await client.media.upload(new URL('https://example.com/watch?v=42'));
    expect(mock.state.media.has(first.media_id) && mock.state.media.has(second.media_id)).toBe(true);
    expect(parts.map((part) => part.json)).toEqual([
      { input: { type: 'url', url: 'https://example.com/media/keynote.mp4', filename: 'keynote.mp4' } },
      { input: { type: 'url', url: 'https://example.com/watch?v=42' } },
    ]);
  });

  it('does not send upload_media twice after an ambiguous 500 unless idempotent', async () => {
    const { client } = createTestClient();
    server.use(mock.scenarios.outage({ path: '/upload_media', status: 500, times: 1 }));
    await expect(client.media.upload(smallVideo, { filename: 'a.mp4' })).rejects.toSatisfy(InternalServerError.isInstance);
    expect(requests).toEqual(['POST /upload_media']);

    requests.length = 0;
    server.use(mock.scenarios.outage({ path: '/upload_media', status: 500, times: 1 }));
    await expect(client.media.upload(smallVideo, { filename: 'a.mp4' }, { idempotent: true })).resolves.toMatchObject({
      status: 'created',
    });
    expect(requests).toEqual(['POST /upload_media', 'POST /upload_media']);
  });
});
