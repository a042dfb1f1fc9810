import {
  APIConnectionError,
  APITimeoutError,
  ConfigurationError,
  InternalServerError,
  PermissionDeniedError,
  RequestAbortedError,
  uploadToHesedVid,
} from '@conduit/hesedvid/browser';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { mock, sameBytes, server, videoFile, worker } from './hesedvid-browser-worker.js';

const storageUrls = 'https://storage.conduit.test/hesedvid/*';

async function grant(file: File) {
  return server.videos.createUploadUrl({ fileName: file.name, fileSize: file.size, contentType: 'video/mp4' });
}

describe('uploadToHesedVid in Chromium', () => {
  it('PUTs the file to the signed URL with its type, reports progress and sends no credentials', async () => {
    const file = videoFile(3 * 1024 * 1024 + 17);
    const issued = await grant(file);
    const seen: Headers[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.url.startsWith('https://storage.conduit.test/')) {
        seen.push(request.headers);
      }
    });
    const progress: Array<{ loaded: number; total: number | undefined }> = [];

    const result = await uploadToHesedVid(issued, file, { onProgress: (event) => progress.push(event) });

    expect(result).toEqual({ fileSize: file.size, contentType: 'video/mp4' });
    const video = mock.state.videos.get(issued.videoID ?? '');
    const stored = mock.state.storage.get(video?.objectKey ?? '');
    expect(stored?.contentType).toBe('video/mp4');
    expect(sameBytes(stored?.bytes, new Uint8Array(await file.arrayBuffer()))).toBe(true);
    expect(progress.at(-1)).toEqual({ loaded: file.size, total: file.size });
    expect(progress.map((event) => event.loaded)).toEqual([...progress.map((event) => event.loaded)].sort((a, b) => a - b));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.get('x-api-key')).toBeNull();
    expect(seen[0]?.get('authorization')).toBeNull();
    // The server side finishes the flow with the id it got: the mock sees the bytes and starts transcoding.
    await expect(server.videos.startProcessing(issued.videoID ?? '')).resolves.toMatchObject({ status: 'transcoding' });
  });

  it('takes a bare URL string and the type from the extension when the File has none', async () => {
    const file = videoFile(1000, 'holiday.webm', '');
    const issued = await server.videos.createUploadUrl({ fileName: file.name, fileSize: file.size, contentType: 'video/webm' });
    await expect(uploadToHesedVid(issued.signedURL, file)).resolves.toEqual({ fileSize: 1000, contentType: 'video/webm' });
  });

  it('turns a refused signature into PermissionDeniedError with the storage code and a redacted URL', async () => {
    const file = videoFile(2048);
    const issued = await grant(file);
    const forged = issued.signedURL.replace(/X-Signature=[^&]+/, 'X-Signature=forged123456');
    const error = await uploadToHesedVid(forged, file).catch((caught: unknown) => caught);
    expect(PermissionDeniedError.isInstance(error)).toBe(true);
    const denied = error as PermissionDeniedError;
    expect(denied).toMatchObject({ status: 403, provider: 'hesedvid', code: 'SignatureDoesNotMatch', method: 'PUT' });
    expect(denied.message).toBe('The request signature does not match');
    expect(JSON.stringify(denied.toJSON())).not.toContain('forged123456');
    expect(denied.url).not.toContain('forged123456');
  });

  it('sends the content type the URL was signed for: another one is refused by the storage', async () => {
    const file = videoFile(2048);
    const issued = await grant(file);
    const error = await uploadToHesedVid(issued, file, { contentType: 'video/quicktime' }).catch((caught: unknown) => caught);
    expect(PermissionDeniedError.isInstance(error) && error.message).toBe('Content-Type must be video/mp4');
  });

  it('maps a 5xx, a dropped connection and a timeout to typed errors', async () => {
    const file = videoFile(1024);
    const { signedURL: signedUrl } = await grant(file);
    worker.use(http.put(storageUrls, () => HttpResponse.text('backend error', { status: 503 }), { once: true }));
    const failed = await uploadToHesedVid(signedUrl, file).catch((caught: unknown) => caught);
    expect(InternalServerError.isInstance(failed) && failed.status).toBe(503);

    worker.use(http.put(storageUrls, () => HttpResponse.error(), { once: true }));
    const dropped = await uploadToHesedVid(signedUrl, file).catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(dropped) && dropped.message).toBe('Could not reach storage.conduit.test');

    worker.use(http.put(storageUrls, () => delay('infinite'), { once: true }));
    const slow = await uploadToHesedVid(signedUrl, file, { timeout: 300 }).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(slow)).toBe(true);
  });

  it('aborts an upload in flight with RequestAbortedError, and never sends with an aborted signal', async () => {
    const file = videoFile(1024);
    const { signedURL: signedUrl } = await grant(file);
    let sent = 0;
    worker.use(
      http.put(storageUrls, async () => {
        sent++;
        await delay('infinite');
      }),
    );
    const controller = new AbortController();
    const pending = uploadToHesedVid(signedUrl, file, { signal: controller.signal });
    await expect.poll(() => sent).toBe(1);
    controller.abort(new Error('user left'));
    const error = await pending.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error) && (error.cause as Error).message).toBe('user left');

    const already = AbortSignal.abort();
    await expect(uploadToHesedVid(signedUrl, file, { signal: already })).rejects.toSatisfy(RequestAbortedError.isInstance);
    expect(sent).toBe(1);
  });

  it('refuses bad input before any request', async () => {
    const { signedURL: signedUrl } = await grant(videoFile(10));
    const refused = (promise: Promise<unknown>) => expect(promise).rejects.toSatisfy(ConfigurationError.isInstance);
    await refused(uploadToHesedVid(signedUrl, videoFile(0)));
    await refused(uploadToHesedVid(signedUrl, videoFile(10, 'notes.txt', 'text/plain')));
    await refused(uploadToHesedVid(signedUrl, 'not a file' as unknown as Blob));
    await refused(uploadToHesedVid(signedUrl.replace('https:', 'http:'), videoFile(10)));
    expect([...mock.state.videos.values()].every((video) => mock.state.storage.get(video.objectKey) === undefined)).toBe(true);
  });

  it('says what to use instead where XMLHttpRequest does not exist (a service worker, Node)', async () => {
    const { signedURL: signedUrl } = await grant(videoFile(10));
    vi.stubGlobal('XMLHttpRequest', undefined);
    try {
      await expect(uploadToHesedVid(signedUrl, videoFile(10))).rejects.toThrow(/XMLHttpRequest.*uploadToSignedUrl/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
