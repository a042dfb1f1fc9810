import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageOrigin } from '@conduit/testing';
import { viddyscribeBaseUrl } from '@conduit/testing/viddyscribe';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  APITimeoutError,
  type MediaUploadProgress,
  PermissionDeniedError,
  RequestAbortedError,
  ViddyScribeUploadFailedError,
} from '../src/index.js';
import { createTestClient, smallVideo, useViddyScribeMock } from './viddyscribe-harness.js';

const { requests, server, mock } = useViddyScribeMock();

const signedFlow = (polls: number) => [
  'POST /upload_media',
  expect.stringMatching(/^PUT \/viddyscribe\/users%2Fuser_mock%2Fvideos%2F/),
  'POST /notify_upload_complete',
  ...Array.from({ length: polls }, () => 'GET /get_upload_status'),
];

function streamOf(...pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) {
        controller.enqueue(piece);
      }
      controller.close();
    },
  });
}

describe('media.upload, signed-URL flow', () => {
  it('sends a source over 32 MB through a signed URL: request, PUT, notify, poll until verified', async () => {
    const { client, clock } = createTestClient({ pollInterval: 1500 });
    const big = new Blob([new Uint8Array(33_000_000)], { type: 'video/mp4' });
    const progress: MediaUploadProgress[] = [];
    const media = await client.media.upload(big, { filename: 'long-talk.mp4', onProgress: (event) => progress.push(event) });

    expect(media).toEqual({ media_id: expect.any(String), gcs_path: expect.stringContaining('long-talk.mp4'), upload_status: 'completed' });
    expect(requests).toEqual(signedFlow(2));
    const stored = mock.storage.get(media.gcs_path ?? '');
    expect(stored?.contentType).toBe('video/mp4');
    expect(stored?.bytes.byteLength).toBe(33_000_000);
    expect(mock.state.media.get(media.media_id)?.uploadStatus).toBe('completed');
    expect(clock.sleeps).toEqual([1500]);
    expect(progress).toEqual([
      { phase: 'uploading', loaded: 33_000_000, total: 33_000_000 },
      { phase: 'verifying', loaded: 33_000_000, total: 33_000_000, uploadStatus: 'processing' },
      { phase: 'verifying', loaded: 33_000_000, total: 33_000_000, uploadStatus: 'completed' },
    ]);
  });

  it('PUTs with exactly the declared content type', async () => {
    const { client } = createTestClient();
    const media = await client.media.upload(new Blob([smallVideo], { type: 'application/octet-stream' }), {
      filename: 'clip.mkv',
      strategy: 'signed-url',
    });
    expect(mock.storage.get(media.gcs_path ?? '')?.contentType).toBe('video/x-matroska');
  });

  it('sends a stream of unknown size through the signed URL, counting its bytes', async () => {
    const { client } = createTestClient();
    const progress: MediaUploadProgress[] = [];
    const media = await client.media.upload(streamOf(smallVideo, smallVideo), {
      contentType: 'video/webm',
      onProgress: (event) => progress.push(event),
    });
    expect(media.upload_status).toBe('completed');
    expect(requests).toEqual(signedFlow(2));
    expect(mock.storage.get(media.gcs_path ?? '')).toMatchObject({ contentType: 'video/webm' });
    expect(mock.storage.get(media.gcs_path ?? '')?.bytes.byteLength).toBe(24);
    expect(progress.filter((event) => event.phase === 'uploading').at(-1)).toEqual({ phase: 'uploading', loaded: 24, total: undefined });
    expect(progress.at(-1)).toEqual({ phase: 'verifying', loaded: 24, total: 24, uploadStatus: 'completed' });
  });

  it('streams a file path to the signed URL (node:http) when asked to', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'viddyscribe-')), 'panel.mp4');
    writeFileSync(path, smallVideo);
    const { client } = createTestClient();
    const media = await client.media.upload(path, { strategy: 'signed-url' });
    expect(Array.from(mock.storage.get(media.gcs_path ?? '')?.bytes ?? [])).toEqual(Array.from(smallVideo));
    expect(mock.storage.get(media.gcs_path ?? '')?.contentType).toBe('video/mp4');
  });

  it('uses canonical_media_id when the service de-duplicates the upload', async () => {
    const { client } = createTestClient();
    const first = await client.media.upload(new Blob([smallVideo], { type: 'video/mp4' }), { strategy: 'signed-url' });
    const second = await client.media.upload(new Blob([smallVideo], { type: 'video/mp4' }), { strategy: 'signed-url' });
    expect(first.canonical_media_id).toBeUndefined();
    expect(second.media_id).toBe(first.media_id);
    expect(second.canonical_media_id).toBe(first.media_id);
    expect(mock.storage.get(second.gcs_path ?? '')).toBeDefined();
    expect(second.gcs_path).not.toBe(first.gcs_path);
  });

  it('throws ViddyScribeUploadFailedError when verification fails', async () => {
    const { client } = createTestClient();
    server.use(http.get(`${viddyscribeBaseUrl}/get_upload_status`, () => HttpResponse.json({ upload_status: 'failed' })));
    const error = await client.media.upload(smallVideo, { filename: 'x.mp4', strategy: 'signed-url' }).catch((caught: unknown) => caught);
    expect(ViddyScribeUploadFailedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ uploadStatus: 'failed', retryable: false });
  });

  it('gives up with APITimeoutError when verification outlasts the timeout', async () => {
    mock.state.verificationReads = 100;
    const { client } = createTestClient({ pollInterval: 1000 });
    const error = await client.media
      .upload(smallVideo, { filename: 'x.mp4', strategy: 'signed-url', timeout: 5000 })
      .catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect(requests.filter((line) => line === 'GET /get_upload_status').length).toBeLessThanOrEqual(6);
  });

  it('stops when the caller aborts during verification', async () => {
    mock.state.verificationReads = 100;
    const { client } = createTestClient();
    const controller = new AbortController();
    const error = await client.media
      .upload(
        smallVideo,
        {
          filename: 'x.mp4',
          strategy: 'signed-url',
          onProgress: (event) => event.phase === 'verifying' && controller.abort(),
        },
        { signal: controller.signal },
      )
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(requests.filter((line) => line === 'GET /get_upload_status')).toHaveLength(1);
  });

  it('bounds each API call by the caller deadline or the time left of the upload budget, whichever ends first', async () => {
    const { client } = createTestClient();
    const media = await client.media.upload(
      smallVideo,
      { filename: 'x.mp4', strategy: 'signed-url', timeout: 60_000 },
      { deadline: 5_000 },
    );
    expect(media.upload_status).toBe('completed');
    const spent = await client.media
      .upload(smallVideo, { filename: 'x.mp4', strategy: 'signed-url', timeout: 0 })
      .catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(spent)).toBe(true);
    expect(requests).toEqual(signedFlow(2));
  });

  it('surfaces a refused PUT as a typed error and never notifies', async () => {
    server.use(
      http.put(`${storageOrigin}/viddyscribe/*`, () => new HttpResponse('<Error><Code>AccessDenied</Code></Error>', { status: 403 })),
    );
    const { client } = createTestClient();
    const error = await client.media.upload(smallVideo, { filename: 'x.mp4', strategy: 'signed-url' }).catch((caught: unknown) => caught);
    expect(PermissionDeniedError.isInstance(error)).toBe(true);
    expect(requests).not.toContain('POST /notify_upload_complete');
  });

  it('lets a caller resume: uploadStatus and waitForUpload on a known signed upload', async () => {
    const { client } = createTestClient();
    const media = await client.media.upload(smallVideo, { filename: 'x.mp4', strategy: 'signed-url' });
    const status = await client.media.uploadStatus(media.media_id, media.gcs_path ?? '');
    expect(status).toMatchObject({ upload_status: 'completed', media_id: media.media_id });
    await expect(client.media.waitForUpload(media.media_id, media.gcs_path ?? '')).resolves.toMatchObject({ upload_status: 'completed' });
  });
});
