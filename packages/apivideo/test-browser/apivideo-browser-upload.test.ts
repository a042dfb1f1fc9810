import {
  type ApiVideoBrowserUploadProgress,
  ApiVideoUploadError,
  AuthenticationError,
  ConfigurationError,
  InternalServerError,
  RequestAbortedError,
  uploadWithToken,
} from '@conduit/apivideo/browser';
import { assembled } from '@conduit/testing/apivideo';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mebibyte, mock, sameBytes, sentVideoId, server, uploadRequests, videoFile, worker } from './apivideo-browser-worker.js';

const chunkSize = 5 * mebibyte;
const size = 2 * chunkSize + 123_457;

async function token(): Promise<string> {
  return (await server.uploadTokens.create({ ttl: 600 })).token ?? '';
}

function stored(videoId: string | undefined): Uint8Array | undefined {
  const entry = mock.state.videos.get(videoId ?? '');
  return entry ? assembled(entry.upload) : undefined;
}

describe('uploadWithToken in Chromium', () => {
  it('sends a file up to chunkSize in one request without Content-Range or credentials', async () => {
    const file = videoFile(300_000);
    const video = await uploadWithToken(await token(), file, { chunkSize });
    expect(await sameBytes(stored(video.videoId), file)).toBe(true);
    const [request] = uploadRequests();
    expect(uploadRequests()).toHaveLength(1);
    expect(request?.headers['content-range']).toBeUndefined();
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({});
    expect(mock.state.videos.get(video.videoId)?.upload.fileName).toBe('match.mp4');
  });

  it('sends Content-Range chunks, each after the first with the videoId the first answer returned', async () => {
    const file = videoFile(size);
    const progress: ApiVideoBrowserUploadProgress[] = [];

    const video = await uploadWithToken(await token(), file, { chunkSize, onProgress: (event) => progress.push(event) });

    expect(await sameBytes(stored(video.videoId), file)).toBe(true);
    expect(uploadRequests().map((request) => [request.headers['content-range'], sentVideoId(request)])).toEqual([
      [`bytes 0-${chunkSize - 1}/${size}`, undefined],
      [`bytes ${chunkSize}-${2 * chunkSize - 1}/${size}`, video.videoId],
      [`bytes ${2 * chunkSize}-${size - 1}/${size}`, video.videoId],
    ]);
    const acknowledged = progress.filter((event, index) => event.chunks > (progress[index - 1]?.chunks ?? 0));
    expect(acknowledged.map((event) => [event.loaded, event.state.offset, event.state.videoId])).toEqual([
      [chunkSize, chunkSize, video.videoId],
      [2 * chunkSize, 2 * chunkSize, video.videoId],
      [size, size, video.videoId],
    ]);
    expect(progress.every((event, index) => index === 0 || event.loaded >= (progress[index - 1]?.loaded ?? 0))).toBe(true);
    expect(progress.every((event) => event.total === size)).toBe(true);
  });

  it('uploads into an existing video when given its videoId, from the first chunk on', async () => {
    const created = await server.videos.create({ title: 'Keynote' });
    const file = videoFile(chunkSize + 10);
    const video = await uploadWithToken(await token(), file, { chunkSize, videoId: created.videoId, fileName: 'keynote.mp4' });
    expect(video.videoId).toBe(created.videoId);
    expect(uploadRequests().map(sentVideoId)).toEqual([created.videoId, created.videoId]);
    expect(await sameBytes(stored(created.videoId), file)).toBe(true);
  });

  it('stops with ApiVideoUploadError carrying the state, and resumes from it with the same file', async () => {
    const file = videoFile(size);
    const uploadToken = await token();
    worker.use(
      http.post('https://ws.api.video/upload', ({ request }) =>
        request.headers.get('content-range')?.startsWith(`bytes ${chunkSize}-`)
          ? HttpResponse.json({ title: 'boom' }, { status: 500 })
          : undefined,
      ),
    );
    const error = await uploadWithToken(uploadToken, file, { chunkSize, maxRetries: 0 }).catch((caught: unknown) => caught);
    expect(ApiVideoUploadError.isInstance(error)).toBe(true);
    const stopped = error as ApiVideoUploadError;
    expect(InternalServerError.isInstance(stopped.cause)).toBe(true);
    expect(stopped).toMatchObject({ aborted: false, retryable: true });
    expect(stopped.state).toEqual({ kind: 'token', videoId: expect.any(String), offset: chunkSize, total: size, chunkSize, chunksSent: 1 });
    expect(JSON.stringify(stopped)).not.toContain(uploadToken);

    worker.resetHandlers();
    const resumed = JSON.parse(JSON.stringify(stopped.state)) as typeof stopped.state;
    const video = await uploadWithToken(uploadToken, file, { resume: resumed });
    expect(video.videoId).toBe(stopped.state.videoId);
    expect(await sameBytes(stored(video.videoId), file)).toBe(true);
  });

  it('aborts mid-upload with an aborted ApiVideoUploadError whose cause is RequestAbortedError', async () => {
    const file = videoFile(chunkSize + 1);
    let calls = 0;
    worker.use(
      http.post('https://ws.api.video/upload', async () => {
        calls++;
        if (calls === 2) {
          await delay('infinite');
        }
      }),
    );
    const controller = new AbortController();
    const progress: number[] = [];
    const pending = uploadWithToken(await token(), file, {
      chunkSize,
      signal: controller.signal,
      onProgress: (event) => {
        progress.push(event.chunks);
        if (event.chunks === 1) {
          setTimeout(() => controller.abort(), 20);
        }
      },
    });
    const error = await pending.catch((caught: unknown) => caught);
    expect(ApiVideoUploadError.isInstance(error) && error.aborted).toBe(true);
    expect(RequestAbortedError.isInstance((error as ApiVideoUploadError).cause)).toBe(true);
    expect((error as ApiVideoUploadError).state.offset).toBe(chunkSize);
  });

  it('retries a chunk after a 5xx once it knows the videoId, and a first chunk only after a 429', async () => {
    const file = videoFile(chunkSize + 99);
    let failures = 2;
    worker.use(
      http.post('https://ws.api.video/upload', () => {
        if (failures === 2) {
          failures--;
          return HttpResponse.json(
            { type: 'https://docs.api.video/reference/too-many-requests', title: 'Too many requests.', status: 429 },
            { status: 429, headers: { 'x-ratelimit-retry-after': '0.05' } },
          );
        }
        return undefined;
      }),
      http.post('https://ws.api.video/upload', ({ request }) => {
        if (failures === 1 && request.headers.get('content-range')?.startsWith(`bytes ${chunkSize}-`)) {
          failures--;
          return HttpResponse.json({ title: 'Service unavailable' }, { status: 503 });
        }
        return undefined;
      }),
    );
    const video = await uploadWithToken(await token(), file, { chunkSize });
    expect(failures).toBe(0);
    expect(await sameBytes(stored(video.videoId), file)).toBe(true);

    let attempts = 0;
    worker.use(
      http.post('https://ws.api.video/upload', () => {
        attempts++;
        return HttpResponse.json({ title: 'down' }, { status: 502 });
      }),
    );
    const error = await uploadWithToken(await token(), file, { chunkSize }).catch((caught: unknown) => caught);
    expect(ApiVideoUploadError.isInstance(error) && InternalServerError.isInstance(error.cause)).toBe(true);
    // Without a videoId a repeat could create a second video: the first chunk went once.
    expect(attempts).toBe(1);
  });

  it('surfaces an invalid token as AuthenticationError with api.video’s code, the token redacted', async () => {
    const error = await uploadWithToken('to1nottherealtoken', videoFile(10)).catch((caught: unknown) => caught);
    const cause = (error as ApiVideoUploadError).cause;
    expect(AuthenticationError.isInstance(cause) && [cause.status, cause.code]).toEqual([401, 'authentication-invalid-upload-token']);
    expect((cause as AuthenticationError).url).not.toContain('to1nottherealtoken');
  });

  it('sends to sandbox.api.video for a sandbox token, or to baseUrl', async () => {
    const hosts: string[] = [];
    const answer = ({ request }: { request: Request }) => {
      hosts.push(new URL(request.url).host);
      return HttpResponse.json({ videoId: 'vi_sandbox' }, { status: 201 });
    };
    worker.use(http.post('https://sandbox.api.video/upload', answer), http.post('https://uploads.example.test/upload', answer));
    await uploadWithToken('to1sandbox', videoFile(10), { environment: 'sandbox' });
    await uploadWithToken('to1custom', videoFile(10), { baseUrl: 'https://uploads.example.test' });
    expect(hosts).toEqual(['sandbox.api.video', 'uploads.example.test']);
  });

  it('refuses bad input before any request', async () => {
    const refused = (promise: Promise<unknown>) => expect(promise).rejects.toSatisfy(ConfigurationError.isInstance);
    const file = videoFile(chunkSize + 1);
    await refused(uploadWithToken('', file));
    await refused(uploadWithToken('to1 with space', file));
    await refused(uploadWithToken('to1ok', videoFile(0)));
    await refused(uploadWithToken('to1ok', file, { chunkSize: mebibyte }));
    await refused(uploadWithToken('to1ok', file, { chunkSize: 201 * mebibyte }));
    const otherFile = { kind: 'token' as const, videoId: 'vi1', offset: 10, total: 999, chunkSize, chunksSent: 1 };
    await refused(uploadWithToken('to1ok', file, { resume: otherFile }));
    await refused(uploadWithToken('to1ok', file, { resume: { ...otherFile, total: file.size, offset: file.size } }));
    await refused(uploadWithToken('to1ok', file, { resume: { ...otherFile, total: file.size, kind: 'video' } }));
    expect(uploadRequests()).toEqual([]);
  });
});
