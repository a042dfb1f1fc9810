import { PermissionDeniedError, RequestAbortedError, uploadToViddyScribe } from '@conduit/viddyscribe/browser';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mock, requestSignedUpload, server, worker } from './viddyscribe-browser-worker.js';

const media = (size: number, type = 'video/mp4') =>
  new File([Uint8Array.from({ length: size }, (_, index) => index % 251)], 'lecture.mp4', { type });

describe('uploadToViddyScribe in Chromium', () => {
  it('PUTs with the declared content type and hands back what the server notifies with; verification then completes', async () => {
    const file = media(70_000);
    const grant = await requestSignedUpload(file.name, 'video/mp4');
    const headers: Headers[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.url.startsWith('https://storage.conduit.test/')) {
        headers.push(request.headers);
      }
    });
    const progress: number[] = [];

    const uploaded = await uploadToViddyScribe(grant, file, { onProgress: ({ loaded }) => progress.push(loaded) });

    expect(uploaded).toEqual({ media_id: grant.media_id, gcs_path: grant.gcs_path });
    expect(mock.storage.get(grant.gcs_path)?.contentType).toBe('video/mp4');
    expect(mock.storage.get(grant.gcs_path)?.bytes.byteLength).toBe(70_000);
    expect(progress.at(-1)).toBe(70_000);
    expect(headers.map((header) => [header.get('x-api-key'), header.get('authorization')])).toEqual([[null, null]]);
    await server.api.POST('/notify_upload_complete', { body: { media_id: grant.media_id, gcs_path: grant.gcs_path } });
    await expect(server.media.waitForUpload(grant.media_id, grant.gcs_path)).resolves.toMatchObject({ upload_status: 'completed' });
  });

  it('uses the content type the service echoes even when the File says otherwise (the signature covers it)', async () => {
    const grant = await requestSignedUpload('take.mov', 'video/quicktime');
    await uploadToViddyScribe(grant, media(100, 'application/octet-stream'));
    expect(mock.storage.get(grant.gcs_path)?.contentType).toBe('video/quicktime');
  });

  it('turns an expired or forged URL into PermissionDeniedError without leaking the signature', async () => {
    const grant = await requestSignedUpload('lecture.mp4', 'video/mp4');
    const forged = { ...grant, upload_url: grant.upload_url.replace(/X-Signature=[^&]+/, 'X-Signature=forgedsignature') };
    const error = await uploadToViddyScribe(forged, media(10)).catch((caught: unknown) => caught);
    expect(PermissionDeniedError.isInstance(error) && error.code).toBe('SignatureDoesNotMatch');
    expect(String((error as Error).message) + JSON.stringify(error)).not.toContain('forgedsignature');
  });

  it('aborts with RequestAbortedError', async () => {
    const grant = await requestSignedUpload('lecture.mp4', 'video/mp4');
    worker.use(http.put('https://storage.conduit.test/viddyscribe/*', () => delay('infinite')));
    const controller = new AbortController();
    const pending = uploadToViddyScribe(grant, media(10), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toSatisfy(RequestAbortedError.isInstance);
    expect(mock.storage.get(grant.gcs_path)).toBeUndefined();
  });
});
