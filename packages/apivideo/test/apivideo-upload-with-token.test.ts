import { AuthenticationError, ConfigurationError } from '@conduit/core';
import { assembled } from '@conduit/testing/apivideo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkBody } from '../src/apivideo-chunk-form.js';
import { ApiVideoUploadError, uploadWithToken } from '../src/index.js';
import { createTestClient, MiB, patternBytes, sameBytes, sentVideoId, useApiVideoMock } from './helpers.js';

const size = 12 * MiB;
const source = patternBytes(size, 3);
const expectedRanges = ['bytes 0-5242879/12582912', 'bytes 5242880-10485759/12582912', 'bytes 10485760-12582911/12582912'];
let savedKey: string | undefined;
beforeEach(() => {
  savedKey = process.env.APIVIDEO_API_KEY;
  delete process.env.APIVIDEO_API_KEY;
});
afterEach(() => {
  if (savedKey !== undefined) {
    process.env.APIVIDEO_API_KEY = savedKey;
  }
});

describe('uploadWithToken (delegated upload, no API key)', () => {
  const { mock, clock, server } = useApiVideoMock();
  const wire: Array<string | null> = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/upload') {
      wire.push(request.headers.get('content-range'));
    }
  });
  const tokenUploads = () => mock.requests.filter((request) => request.path === '/upload');

  async function newToken() {
    const client = createTestClient(clock);
    const { token } = await client.uploadTokens.create({ ttl: 3600 });
    wire.length = 0;
    return token;
  }

  it('uploads in chunks with no Authorization header and videoId on every chunk after the first (issue #216)', async () => {
    const token = await newToken();
    const loaded: number[] = [];
    const video = await uploadWithToken(token, new Blob([source as Uint8Array<ArrayBuffer>], { type: 'video/mp4' }), {
      chunkSize: 5 * MiB,
      fileName: 'my-recording.mp4',
      onProgress: (event) => loaded.push(event.loaded),
      now: clock.now,
      sleep: clock.sleep,
    });
    const requests = tokenUploads();
    expect(requests.map((request) => request.headers['content-range'])).toEqual(expectedRanges);
    expect(requests.map(sentVideoId)).toEqual([undefined, video.videoId, video.videoId]);
    expect(requests.every((request) => request.headers.authorization === undefined)).toBe(true);
    expect(requests.every((request) => new URLSearchParams(request.search).get('token') === token)).toBe(true);
    expect(requests.every((request) => request.bucket === 'upload')).toBe(true);
    expect(loaded).toEqual([5 * MiB, 10 * MiB, 12 * MiB]);
    const created = [...mock.state.videos.values()].filter((entry) => entry.createdByToken);
    expect(created).toHaveLength(1);
    expect(created[0]?.video.title).toBe('my-recording.mp4');
    expect(sameBytes(assembled(created[0]!.upload), source)).toBe(true);
  });

  it('the mock refuses a later chunk without videoId, which is what the official client does', async () => {
    const token = await newToken();
    const first = await uploadWithToken(token, source.subarray(0, 5 * MiB), { chunkSize: 5 * MiB, now: clock.now, sleep: clock.sleep });
    expect(first.videoId).toMatch(/^vi/);
    const { body, contentType } = chunkBody(
      {
        bytes: source.subarray(5 * MiB, 10 * MiB),
        contentRange: expectedRanges[1],
        videoId: null,
        fileName: 'x',
        contentType: 'video/mp4',
        signal: undefined,
      },
      null,
    );
    const response = await fetch(`https://ws.api.video/upload?token=${token}`, {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, 'content-range': expectedRanges[1] as string },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'https://docs.api.video/reference/attribute-required', name: 'videoId' });
  });

  it('a 503 on the second chunk retries that chunk alone, with its videoId', async () => {
    const token = await newToken();
    server.use(mock.scenarios.sequence(['pass', { status: 503 }], { path: '/upload' }));
    const video = await uploadWithToken(token, source, { chunkSize: 5 * MiB, now: clock.now, sleep: clock.sleep });
    expect(wire).toEqual([expectedRanges[0], expectedRanges[1], expectedRanges[1], expectedRanges[2]]);
    expect(tokenUploads().map(sentVideoId)).toEqual([undefined, video.videoId, video.videoId]);
    expect([...mock.state.videos.values()].filter((entry) => entry.createdByToken)).toHaveLength(1);
  });

  it('never resends a first chunk that may have created a video', async () => {
    const token = await newToken();
    server.use(mock.scenarios.sequence([{ status: 500 }], { path: '/upload' }));
    const error = (await uploadWithToken(token, source, { chunkSize: 5 * MiB, now: clock.now, sleep: clock.sleep }).catch(
      (caught: unknown) => caught,
    )) as ApiVideoUploadError;
    expect(ApiVideoUploadError.isInstance(error)).toBe(true);
    expect(wire).toEqual([expectedRanges[0]]);
    expect(error.state).toMatchObject({ kind: 'token', videoId: null, offset: 0, chunksSent: 0 });
  });

  it('resumes after an abort with the state from the error', async () => {
    const token = await newToken();
    const controller = new AbortController();
    const error = (await uploadWithToken(
      token,
      source,
      {
        chunkSize: 5 * MiB,
        onProgress: (event) => {
          if (event.chunks === 2) {
            controller.abort();
          }
        },
        now: clock.now,
        sleep: clock.sleep,
      },
      { signal: controller.signal },
    ).catch((caught: unknown) => caught)) as ApiVideoUploadError;
    expect(error.aborted).toBe(true);
    expect(error.state).toMatchObject({ kind: 'token', offset: 10 * MiB, total: size, chunksSent: 2 });
    const video = await uploadWithToken(token, source, {
      resume: JSON.parse(JSON.stringify(error.state)),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(video.videoId).toBe(error.state.videoId);
    expect(tokenUploads().map((request) => request.headers['content-range'])).toEqual(expectedRanges);
    expect(tokenUploads().map(sentVideoId)).toEqual([undefined, video.videoId, video.videoId]);
    expect(sameBytes(assembled(mock.state.videos.get(video.videoId)!.upload), source)).toBe(true);
  });

  it('targets an existing video container with videoId on every chunk', async () => {
    const client = createTestClient(clock);
    const container = await client.videos.create({ title: 'Container' });
    const { token } = await client.uploadTokens.create();
    await client.videos.uploadWithToken(token, source, { chunkSize: 5 * MiB, videoId: container.videoId });
    expect(tokenUploads().map(sentVideoId)).toEqual([container.videoId, container.videoId, container.videoId]);
    expect([...mock.state.videos.values()].filter((entry) => entry.createdByToken)).toHaveLength(0);
  });

  it('a small source goes in one request without Content-Range', async () => {
    const token = await newToken();
    await uploadWithToken(token, source.subarray(0, MiB), { now: clock.now, sleep: clock.sleep });
    expect(tokenUploads()).toHaveLength(1);
    expect(tokenUploads()[0]?.headers['content-range']).toBeUndefined();
  });

  it('an unknown token is an AuthenticationError (as cause) hinting at the environment, and never shows the token', async () => {
    const token = 'toUnknownToken0000000000';
    const error = (await uploadWithToken(token, source.subarray(0, MiB), { now: clock.now, sleep: clock.sleep }).catch(
      (caught: unknown) => caught,
    )) as ApiVideoUploadError;
    expect(AuthenticationError.isInstance(error.cause)).toBe(true);
    const cause = error.cause as AuthenticationError;
    expect(cause.code).toBe('https://docs.api.video/reference/authentication-invalid-upload-token');
    expect(cause.message).toContain('upload tokens are per environment: a sandbox upload token used against production');
    expect(JSON.stringify(cause)).not.toContain(token);
    expect(cause.url).not.toContain(token);
  });

  it('checks its inputs before sending', async () => {
    await expect(uploadWithToken('', source)).rejects.toSatisfy(ConfigurationError.isInstance);
    await expect(uploadWithToken('to1', source, { apiKey: 'x' } as never)).rejects.toThrow(/unknown option `apiKey`/);
    await expect(uploadWithToken('to1', source, { environment: 'staging' as never })).rejects.toThrow(/environment/);
    await expect(uploadWithToken('to1', source, { chunkSize: MiB })).rejects.toThrow(/chunkSize/);
    expect(tokenUploads()).toHaveLength(0);
  });

  const streamOf = (bytes: Uint8Array) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.byteLength; offset += MiB) {
          controller.enqueue(bytes.slice(offset, offset + MiB));
        }
        controller.close();
      },
    });

  it('refuses a stream of unknown length larger than one chunk before sending, naming `size` (POST /upload has no `*` total)', async () => {
    const token = await newToken();
    const error = await uploadWithToken(token, streamOf(source), { chunkSize: 5 * MiB, now: clock.now, sleep: clock.sleep }).catch(
      (caught: unknown) => caught,
    );
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/Pass \{ size: <total bytes> \}/);
    expect(tokenUploads()).toHaveLength(0);
  });

  it('sends the declared size of a stream as the total of every Content-Range, and checks it', async () => {
    const token = await newToken();
    const video = await uploadWithToken(token, streamOf(source), { size, chunkSize: 5 * MiB, now: clock.now, sleep: clock.sleep });
    expect(wire).toEqual(expectedRanges);
    expect(sameBytes(assembled(mock.state.videos.get(video.videoId)!.upload), source)).toBe(true);
    await expect(uploadWithToken(token, streamOf(source), { size: 0.5 })).rejects.toThrow(/size must be/);
    const wrong = await uploadWithToken(token, streamOf(source), {
      size: size + 1,
      chunkSize: 5 * MiB,
      now: clock.now,
      sleep: clock.sleep,
    }).catch((caught: unknown) => caught);
    expect(String((wrong as Error & { cause?: Error }).cause?.message ?? (wrong as Error).message)).toMatch(/not the declared size/);
  });
});
