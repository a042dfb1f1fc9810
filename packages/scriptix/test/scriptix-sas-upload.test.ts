import { ConfigurationError } from '@conduit/core';
import { storageOrigin } from '@conduit/testing';
import { sasObjectKey } from '@conduit/testing/scriptix';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { digest, fakeAudio } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

const { mock, server } = useScriptixMock();

describe('sessions.upload (Azure Blob SAS)', () => {
  it('PUTs bytes to the SAS URL with x-ms-blob-type: BlockBlob and the media type, then the session runs', async () => {
    const { client } = createTestClient();
    const { session_id: id } = await client.sessions.create({ language: 'en' });
    const audio = fakeAudio(64 * 1024);
    const progress: number[] = [];
    const { data: grant, response } = await client.sessions
      .upload(id, new File([audio], 'interview.mp3'), { onProgress: ({ loaded }) => progress.push(loaded) })
      .withResponse();
    expect(response.status).toBe(200);
    expect(grant.upload_url.startsWith(`${storageOrigin}/scriptix/`)).toBe(true);
    const stored = mock.storage.get(sasObjectKey(id));
    expect(stored?.contentType).toBe('audio/mpeg');
    expect(digest(stored?.bytes)).toBe(digest(audio));
    expect(progress.at(-1)).toBe(audio.length);
    expect((await client.sessions.waitUntilDone(id)).status).toBe('done');
  });

  it('fails with the storage error when the blob type header is missing (the mock requires it)', async () => {
    // A PUT without x-ms-blob-type is what a generic uploader would send: Azure and the mock refuse it.
    const { client } = createTestClient();
    const { session_id: id } = await client.sessions.create({ language: 'en' });
    const { upload_url: url } = await client.sessions.uploadUrl(id);
    const response = await fetch(url, { method: 'PUT', body: fakeAudio(8) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('x-ms-blob-type');
  });

  it('refuses media larger than the max_file_size the API returns', async () => {
    server.use(
      http.post('https://api.scriptix.io/api/v3/speech-to-text/session/:id/upload-url', ({ params }) =>
        HttpResponse.json({
          result: {
            upload_url: `${storageOrigin}/scriptix/x?sig=1`,
            expires_at: '2030-01-01T00:00:00Z',
            session_id: params.id,
            max_file_size: 16,
          },
        }),
      ),
    );
    const { client } = createTestClient();
    const error = await client.sessions.upload('abc', fakeAudio(32), { contentType: 'audio/mpeg' }).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/at most 16 bytes/);
  });

  it('retries getUploadUrl after a 503 (safe to repeat) but not createSession', async () => {
    const { client } = createTestClient();
    const { session_id: id } = await client.sessions.create({ language: 'en' });
    server.use(mock.scenarios.outage({ path: `/speech-to-text/session/${id}/upload-url`, times: 1 }));
    await client.sessions.uploadUrl(id);
    server.use(mock.scenarios.outage({ path: '/speech-to-text/session', method: 'POST', times: 1, status: 500 }));
    await expect(client.sessions.create({ language: 'en' })).rejects.toMatchObject({ name: 'InternalServerError', attempts: 1 });
  });
});
