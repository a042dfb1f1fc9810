import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadRequestError, ConfigurationError, InternalServerError, RequestAbortedError } from '@conduit/core';
import { assembled } from '@conduit/testing/apivideo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkBody } from '../src/apivideo-chunk-form.js';
import { ApiVideoUploadError, type ApiVideoUploadProgress, type ApiVideoUploadState } from '../src/index.js';
import { createTestClient, MiB, patternBytes, sameBytes, sentVideoId, useApiVideoMock } from './helpers.js';

const size = 12 * MiB;
const source = patternBytes(size);
const expectedRanges = ['bytes 0-5242879/12582912', 'bytes 5242880-10485759/12582912', 'bytes 10485760-12582911/12582912'];
let directory = '';
let filePath = '';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-apivideo-'));
  filePath = join(directory, 'lecture.mp4');
  await writeFile(filePath, source);
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('videos.upload', () => {
  const { mock, clock, server } = useApiVideoMock();
  /** Every request msw saw (scenario answers included): method, path and Content-Range. */
  const wire: Array<{ path: string; contentRange: string | null }> = [];
  server.events.on('request:start', ({ request }) => {
    wire.push({ path: new URL(request.url).pathname, contentRange: request.headers.get('content-range') });
  });
  const uploads = () => mock.requests.filter((request) => request.path.endsWith('/source'));

  async function newVideo() {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Lecture' });
    wire.length = 0;
    return { client, videoId: video.videoId };
  }

  it('sends a source up to chunkSize in one request without Content-Range', async () => {
    const { client, videoId } = await newVideo();
    const small = patternBytes(3 * MiB);
    const progress: ApiVideoUploadProgress[] = [];
    const video = await client.videos.upload(videoId, small, { onProgress: (event) => progress.push(event) });
    expect(video.videoId).toBe(videoId);
    expect(uploads()).toHaveLength(1);
    expect(uploads()[0]?.headers['content-range']).toBeUndefined();
    expect(uploads()[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(uploads()[0]?.files.file?.size).toBe(3 * MiB);
    expect(progress.map((event) => [event.loaded, event.total, event.chunks])).toEqual([[3 * MiB, 3 * MiB, 1]]);
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), small)).toBe(true);
  });

  it('uploads a 12 MiB file from a path in three Content-Range chunks of at most 5 MiB', async () => {
    const { client, videoId } = await newVideo();
    const progress: ApiVideoUploadProgress[] = [];
    await client.videos.upload(videoId, filePath, { chunkSize: 5 * MiB, onProgress: (event) => progress.push(event) });
    expect(uploads().map((request) => request.headers['content-range'])).toEqual(expectedRanges);
    expect(uploads().map((request) => request.files.file?.size)).toEqual([5 * MiB, 5 * MiB, 2 * MiB]);
    expect(uploads().every((request) => request.bucket === 'upload' && request.headers.authorization?.startsWith('Basic '))).toBe(true);
    expect(uploads().every((request) => sentVideoId(request) === undefined)).toBe(true);
    expect(progress.map((event) => event.loaded)).toEqual([5 * MiB, 10 * MiB, 12 * MiB]);
    expect(progress.at(-1)?.state).toEqual({ kind: 'video', videoId, offset: size, total: size, chunkSize: 5 * MiB, chunksSent: 3 });
    const upload = mock.state.videos.get(videoId)!.upload;
    expect(upload.complete).toBe(true);
    expect(sameBytes(assembled(upload), source)).toBe(true);
    const status = await client.videos.getStatus(videoId);
    expect(status.ingest?.status).toBe('uploaded');
    expect(status.ingest?.receivedBytes).toHaveLength(3);
  });

  it('takes a Blob and bytes the same way', async () => {
    const first = await newVideo();
    await first.client.videos.upload(first.videoId, new Blob([source as Uint8Array<ArrayBuffer>]), { chunkSize: 5 * MiB });
    const second = await newVideo();
    await second.client.videos.upload(second.videoId, source, { chunkSize: 5 * MiB });
    for (const videoId of [first.videoId, second.videoId]) {
      expect(
        mock.requests.filter((request) => request.path === `/videos/${videoId}/source`).map((request) => request.headers['content-range']),
      ).toEqual(expectedRanges);
      expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
    }
  });

  it('streams of unknown size send bytes a-b/* until the last chunk, which carries the total; one chunk in memory', async () => {
    const { client, videoId } = await newVideo();
    const piece = 64 * 1024;
    let pulled = 0;
    let acknowledged = 0;
    let maxBuffered = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= size) {
          controller.close();
          return;
        }
        controller.enqueue(source.slice(pulled, pulled + piece));
        pulled += piece;
      },
    });
    const onStart = () => {
      maxBuffered = Math.max(maxBuffered, pulled - acknowledged);
    };
    server.events.on('request:start', onStart);
    try {
      await client.videos.upload(videoId, stream, {
        chunkSize: 5 * MiB,
        onProgress: (event) => {
          acknowledged = event.loaded;
        },
      });
    } finally {
      server.events.removeListener('request:start', onStart);
    }
    expect(uploads().map((request) => request.headers['content-range'])).toEqual([
      'bytes 0-5242879/*',
      'bytes 5242880-10485759/*',
      'bytes 10485760-12582911/12582912',
    ]);
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
    // At most the chunk being sent, the one piece read ahead to detect the end, and the one
    // piece the stream itself queues (its highWaterMark): never a second chunk.
    expect(maxBuffered).toBeLessThanOrEqual(5 * MiB + 2 * piece);
    expect(maxBuffered).toBeGreaterThan(5 * MiB - piece);
  });

  it('a 503 on the second chunk retries that chunk alone', async () => {
    const { client, videoId } = await newVideo();
    server.use(mock.scenarios.sequence(['pass', { status: 503 }], { path: `/videos/${videoId}/source` }));
    await client.videos.upload(videoId, source, { chunkSize: 5 * MiB });
    expect(wire.map((request) => request.contentRange)).toEqual([
      expectedRanges[0],
      expectedRanges[1],
      expectedRanges[1],
      expectedRanges[2],
    ]);
    expect(uploads().map((request) => request.headers['content-range'])).toEqual(expectedRanges);
    expect(client.transport.stats.retries).toBe(1);
    expect(clock.sleeps).toHaveLength(1);
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
  });

  it('an abort after the first chunk throws ApiVideoUploadError whose JSON state resumes the upload', async () => {
    const { client, videoId } = await newVideo();
    const controller = new AbortController();
    const error = await client.videos
      .upload(videoId, filePath, { chunkSize: 5 * MiB, onProgress: () => controller.abort() }, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(ApiVideoUploadError.isInstance(error)).toBe(true);
    const stopped = error as ApiVideoUploadError;
    expect(stopped.aborted).toBe(true);
    expect(RequestAbortedError.isInstance(stopped.cause)).toBe(true);
    expect(stopped.state).toEqual({ kind: 'video', videoId, offset: 5 * MiB, total: size, chunkSize: 5 * MiB, chunksSent: 1 });
    expect(stopped.message).toContain('5242880 of 12582912 bytes acknowledged');

    const saved = JSON.parse(JSON.stringify(stopped.state)) as ApiVideoUploadState;
    const progress: number[] = [];
    await client.videos.upload(videoId, filePath, { resume: saved, onProgress: (event) => progress.push(event.loaded) });
    expect(uploads().map((request) => request.headers['content-range'])).toEqual(expectedRanges);
    expect(progress).toEqual([10 * MiB, 12 * MiB]);
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
  });

  it('a chunk that keeps failing stops with the failure as cause and the state to resume from', async () => {
    const { client, videoId } = await newVideo();
    server.use(
      mock.scenarios.sequence(['pass', 'pass', { status: 500 }, { status: 500 }, { status: 500 }], { path: `/videos/${videoId}/source` }),
    );
    const error = (await client.videos
      .upload(videoId, source, { chunkSize: 5 * MiB })
      .catch((caught: unknown) => caught)) as ApiVideoUploadError;
    expect(ApiVideoUploadError.isInstance(error)).toBe(true);
    expect(error.aborted).toBe(false);
    expect(InternalServerError.isInstance(error.cause)).toBe(true);
    expect(error.state.offset).toBe(10 * MiB);
    expect(wire.filter((request) => request.contentRange === expectedRanges[2])).toHaveLength(3);
    await client.videos.upload(videoId, source, { resume: error.state });
    expect(sameBytes(assembled(mock.state.videos.get(videoId)!.upload), source)).toBe(true);
  });

  it('validates chunk size, resume state and source before sending', async () => {
    const { client, videoId } = await newVideo();
    const refused = async (promise: Promise<unknown>, message: RegExp) => {
      const error = await promise.catch((caught: unknown) => caught);
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
    };
    await refused(client.videos.upload(videoId, source, { chunkSize: 4 * MiB }), /from 5242880 \(5 MiB\) to 209715200 \(200 MiB\)/);
    await refused(client.videos.upload(videoId, source, { chunkSize: 201 * MiB }), /chunkSize/);
    await refused(client.videos.upload(videoId, source, { parts: 3 } as never), /unknown option `parts`/);
    await refused(client.videos.upload(videoId, new Uint8Array(0)), /empty/);
    class HugeBlob extends Blob {
      override get size() {
        return 60_000_000_000;
      }
    }
    await refused(client.videos.upload(videoId, new HugeBlob([])), /at most 52428800000 bytes/);
    const state: ApiVideoUploadState = { kind: 'video', videoId, offset: 5 * MiB, total: 99, chunkSize: 5 * MiB, chunksSent: 1 };
    await refused(client.videos.upload(videoId, source, { resume: state }), /same file/);
    await refused(client.videos.upload(videoId, source, { resume: { ...state, kind: 'token', total: size } }), /delegated/);
    await refused(
      client.videos.upload(videoId, source, { resume: { ...state, videoId: 'viOther', total: size } }),
      /belongs to video viOther/,
    );
    await refused(client.videos.upload(videoId, source, { resume: { offset: 'x' } as never }), /not an upload state/);
    await refused(client.videos.upload('', source), /videoId/);
    expect(uploads()).toHaveLength(0);
  });
});

describe('the mock checks Content-Range continuity', () => {
  const { mock, clock } = useApiVideoMock();

  async function post(contentRange: string, bytes: Uint8Array, videoId: string) {
    const client = createTestClient(clock, { maxRetries: 0 });
    const { body, contentType } = chunkBody(
      { bytes, contentRange, videoId: null, fileName: 'part.bin', contentType: 'application/octet-stream', signal: undefined },
      null,
    );
    return client.api
      .POST('/videos/{videoId}/source', {
        params: { path: { videoId }, header: { 'Content-Range': contentRange } },
        body: body as never,
        bodySerializer: () => body,
        headers: { 'content-type': contentType },
      })
      .catch((caught: unknown) => caught);
  }

  it.each([
    ['a gap', 'bytes 6291456-7340031/12582912', 'video-content-range-by-bytes-from-byte-too-high'],
    ['an overlap', 'bytes 4194304-5242879/12582912', 'video-content-range-by-bytes-range-overlap'],
    ['a size mismatch', 'bytes 5242880-5242889/12582912', 'video-content-range-by-bytes-range-mismatch'],
    ['another total', 'bytes 5242880-6291455/99999999', 'video-content-range-by-bytes-different-total-bytes'],
    ['switching to parts', 'part 2/*', 'video-content-range-started-with-bytes'],
    ['a malformed header', 'bytes five', 'video-content-range-malformed'],
  ])('answers 400 problem details on %s', async (_name, contentRange, slug) => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Gap' });
    await post('bytes 0-5242879/12582912', source.subarray(0, 5 * MiB), videoId);
    const match = /^bytes (\d+)-(\d+)/.exec(contentRange);
    const length = match ? Number(match[2]) - Number(match[1]) + 1 : MiB;
    const error = await post(contentRange, patternBytes(slug.endsWith('mismatch') ? MiB : length), videoId);
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect((error as BadRequestError).code).toBe(`https://docs.api.video/reference/${slug}`);
    expect(mock.state.videos.get(videoId)?.upload.ranges).toHaveLength(1);
  });

  it('refuses a non-final chunk under 5 MiB and a second source', async () => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Small' });
    const small = await post('bytes 0-1048575/12582912', patternBytes(MiB), videoId);
    expect((small as BadRequestError).code).toMatch(/range-too-small$/);
    await client.videos.upload(videoId, patternBytes(MiB));
    const again = await client.videos.upload(videoId, patternBytes(MiB)).catch((caught: unknown) => caught);
    expect(((again as ApiVideoUploadError).cause as BadRequestError).code).toMatch(/video-source-already-uploaded$/);
  });
});
