import { BadRequestError, ConfigurationError, PermissionDeniedError, uploadToScriptix } from '@conduit/scriptix/browser';
import { sasObjectKey } from '@conduit/testing/scriptix';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSessionGrant, mock, server, worker } from './scriptix-browser-worker.js';

const audio = (size: number) =>
  new File([Uint8Array.from({ length: size }, (_, index) => (index * 3) % 256)], 'call.m4a', { type: 'audio/mp4' });

describe('uploadToScriptix in Chromium', () => {
  it('PUTs the blob with x-ms-blob-type: BlockBlob and its type, and the session picks it up', async () => {
    const grant = await createSessionGrant();
    const sent: Headers[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.url.startsWith('https://storage.conduit.test/')) {
        sent.push(request.headers);
      }
    });
    const progress: number[] = [];

    await expect(uploadToScriptix(grant, audio(50_000), { onProgress: ({ loaded }) => progress.push(loaded) })).resolves.toEqual({
      session_id: grant.session_id,
      size: 50_000,
    });

    expect(sent).toHaveLength(1);
    expect(sent[0]?.get('x-ms-blob-type')).toBe('BlockBlob');
    expect(sent[0]?.get('content-type')).toBe('audio/mp4');
    expect(sent[0]?.get('authorization')).toBeNull();
    expect(sent[0]?.get('x-zoom-s2t-key')).toBeNull();
    expect(mock.storage.get(sasObjectKey(grant.session_id))?.bytes.byteLength).toBe(50_000);
    expect(progress.at(-1)).toBe(50_000);
    const session = await server.sessions.get(grant.session_id);
    expect(['processing', 'done']).toContain(session.status);
  });

  it('takes the bare SAS URL and a contentType override', async () => {
    const grant = await createSessionGrant();
    await uploadToScriptix(grant.upload_url, audio(10), { contentType: 'audio/mpeg' });
    expect(mock.storage.get(sasObjectKey(grant.session_id))?.contentType).toBe('audio/mpeg');
  });

  it("maps Azure's XML errors to typed errors with their code", async () => {
    const grant = await createSessionGrant();
    worker.use(
      http.put(
        'https://storage.conduit.test/scriptix/*',
        () =>
          HttpResponse.xml(
            '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Signed expiry time has to be after signed start time</Message></Error>',
            { status: 403 },
          ),
        { once: true },
      ),
      http.put(
        'https://storage.conduit.test/scriptix/*',
        () =>
          HttpResponse.xml(
            '<Error><Code>InvalidHeaderValue</Code><Message>The value for one of the HTTP headers is not in the correct format.</Message></Error>',
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const expired = await uploadToScriptix(grant, audio(10)).catch((caught: unknown) => caught);
    expect(PermissionDeniedError.isInstance(expired) && [expired.code, expired.message]).toEqual([
      'AuthenticationFailed',
      'Signed expiry time has to be after signed start time',
    ]);
    const malformed = await uploadToScriptix(grant, audio(10)).catch((caught: unknown) => caught);
    expect(BadRequestError.isInstance(malformed) && malformed.code).toBe('InvalidHeaderValue');
    expect((malformed as BadRequestError).url).not.toMatch(/sig=sig/);
  });

  it("refuses an empty file or one above the grant's max_file_size before sending", async () => {
    const grant = await createSessionGrant();
    await expect(uploadToScriptix(grant, audio(0))).rejects.toSatisfy(ConfigurationError.isInstance);
    await expect(uploadToScriptix({ ...grant, max_file_size: 5 }, audio(6))).rejects.toThrow(/at most 5 bytes/);
    expect(mock.storage.get(sasObjectKey(grant.session_id))).toBeUndefined();
  });
});
