import { APIConnectionError, ConflictError } from '@conduit/core';
import { assembledTusUpload, decodeTusMetadata, scriptixBaseUrl } from '@conduit/testing/scriptix';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { defaultTusRetryDelays, type TusUploadRef } from '../src/index.js';
import { digest, fakeAudio, streamOf } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

const { mock, server } = useScriptixMock();
const metadata = {
  language: 'en',
  document_type: 'caption',
  filename: 'interview.mp3',
  filetype: 'audio/mpeg',
  punctuation: true,
} as const;

/** Records every PATCH (offset header and body size) the client sends, then lets the mock answer. */
function recordPatches() {
  const patches: Array<{ offset: number; size: number; contentType: string | null; tus: string | null }> = [];
  server.use(
    http.patch(`${scriptixBaseUrl}/files/:fileId`, async ({ request }) => {
      const size = (await request.clone().arrayBuffer()).byteLength;
      patches.push({
        offset: Number(request.headers.get('upload-offset')),
        size,
        contentType: request.headers.get('content-type'),
        tus: request.headers.get('tus-resumable'),
      });
      return undefined;
    }),
  );
  return patches;
}

describe('uploads.tusUpload (TUS 1.0.0, own client)', () => {
  it('creates the upload with base64 metadata, PATCHes chunk by chunk and the server assembles the bytes', async () => {
    const { client } = createTestClient();
    const patches = recordPatches();
    const audio = fakeAudio(10_000);
    const progress: number[] = [];
    let created: TusUploadRef | undefined;
    const upload = await client.uploads.tusUpload(audio, {
      metadata,
      chunkSize: 4096,
      onUploadCreated: (ref) => {
        created = ref;
      },
      onProgress: ({ loaded }) => progress.push(loaded),
    });
    expect(created).toEqual({ uploadUrl: `${scriptixBaseUrl}/files/${upload.fileId}`, fileId: upload.fileId });
    expect(patches).toEqual([
      { offset: 0, size: 4096, contentType: 'application/offset+octet-stream', tus: '1.0.0' },
      { offset: 4096, size: 4096, contentType: 'application/offset+octet-stream', tus: '1.0.0' },
      { offset: 8192, size: 1808, contentType: 'application/offset+octet-stream', tus: '1.0.0' },
    ]);
    expect(progress).toEqual([4096, 8192, 10_000]);
    expect(digest(assembledTusUpload(mock.state, upload.fileId))).toBe(digest(audio));
    const file = await client.uploads.getFile(upload.fileId);
    expect(file.metadata).toMatchObject({ language: 'en', document_type: 'caption', filename: 'interview.mp3', punctuation: 'true' });
    expect((await client.sessions.waitUntilDone(file.session_id)).status).toBe('done');
  });

  it('resumes from the server offset after an interrupted chunk, re-sending only what the server lacks', async () => {
    const { client, sleeps } = createTestClient();
    const patches = recordPatches();
    const audio = fakeAudio(9000);
    // The second PATCH stores 1000 of its 4000 bytes, then the connection drops.
    let calls = 0;
    server.use(
      http.patch(`${scriptixBaseUrl}/files/:fileId`, () => {
        calls++;
        if (calls === 2) {
          mock.state.tusInterruptions.push(1000);
        }
        return undefined;
      }),
    );
    const upload = await client.uploads.tusUpload(audio, { metadata, chunkSize: 4000 });
    expect(patches.map(({ offset, size }) => [offset, size])).toEqual([
      [0, 4000],
      [4000, 4000],
      [5000, 3000],
      [8000, 1000],
    ]);
    expect(sleeps).toEqual([defaultTusRetryDelays[0]]);
    expect(digest(assembledTusUpload(mock.state, upload.fileId))).toBe(digest(audio));
  });

  it('re-sends a chunk from the server offset after a 409 offset mismatch', async () => {
    const { client } = createTestClient();
    const audio = fakeAudio(6000);
    let conflicts = 0;
    server.use(
      http.patch(`${scriptixBaseUrl}/files/:fileId`, ({ request }) => {
        if (request.headers.get('upload-offset') === '3000' && conflicts === 0) {
          conflicts++;
          return Response.json({ error: { code: 409, message: 'Upload-Offset does not match the current offset' } }, { status: 409 });
        }
        return undefined;
      }),
    );
    const upload = await client.uploads.tusUpload(audio, { metadata, chunkSize: 3000 });
    expect(conflicts).toBe(1);
    expect(digest(assembledTusUpload(mock.state, upload.fileId))).toBe(digest(audio));
  });

  it('resumes an upload an earlier process started, from its uploadUrl', async () => {
    const audio = fakeAudio(12_000);
    const first = createTestClient().client;
    let ref: TusUploadRef | undefined;
    // The first process loses its connection for good (no resume attempts left) after 5000 bytes.
    mock.state.tusInterruptions.push(5000);
    const failed = await first.uploads
      .tusUpload(audio, { metadata, chunkSize: 6000, retryDelays: [], onUploadCreated: (created) => (ref = created) })
      .catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(failed)).toBe(true);
    expect(ref).toBeDefined();

    const { client: second } = createTestClient();
    const patches = recordPatches();
    const upload = await second.uploads.tusUpload(audio, { metadata, chunkSize: 6000, uploadUrl: ref?.uploadUrl });
    expect(upload.fileId).toBe(ref?.fileId);
    expect(patches.map(({ offset, size }) => [offset, size])).toEqual([
      [5000, 6000],
      [11_000, 1000],
    ]);
    expect(digest(assembledTusUpload(mock.state, upload.fileId))).toBe(digest(audio));
  });

  it('uploads a ReadableStream with a declared size, holding one chunk at a time', async () => {
    const { client } = createTestClient();
    const patches = recordPatches();
    const audio = fakeAudio(7777);
    const upload = await client.uploads.tusUpload(streamOf(audio, 1000), { metadata, chunkSize: 2048, size: audio.length });
    expect(Math.max(...patches.map((patch) => patch.size))).toBeLessThanOrEqual(2048);
    expect(digest(assembledTusUpload(mock.state, upload.fileId))).toBe(digest(audio));
  });

  it('gives up after the documented number of resume attempts', async () => {
    const { client, sleeps } = createTestClient();
    server.use(
      http.patch(`${scriptixBaseUrl}/files/:fileId`, () =>
        Response.json({ error: { code: 409, message: 'Upload-Offset does not match the current offset' } }, { status: 409 }),
      ),
    );
    const error = await client.uploads.tusUpload(fakeAudio(100), { metadata }).catch((caught: unknown) => caught);
    expect(ConflictError.isInstance(error)).toBe(true);
    expect(sleeps).toEqual([...defaultTusRetryDelays]);
  });

  it('sends the protocol headers the mock checks (412 without Tus-Resumable, 409 on a wrong offset)', async () => {
    const { client } = createTestClient();
    const { fileId } = await client.uploads.createTusUpload(100, metadata);
    expect(await client.uploads.getTusOffset(fileId)).toEqual({ offset: 0, length: 100 });
    await expect(client.uploads.uploadTusChunk(fileId, 10, fakeAudio(10))).rejects.toMatchObject({ name: 'ConflictError', status: 409 });
    expect(await client.uploads.uploadTusChunk(fileId, 0, fakeAudio(10))).toBe(10);
    const bare = await fetch(`${scriptixBaseUrl}/files/${fileId}`, {
      method: 'HEAD',
      headers: { authorization: 'Bearer token_abc123def456ghi789jkl012mno345pq' },
    });
    expect(bare.status).toBe(412);
    expect(decodeTusMetadata('language ZW4=,document_type Y2FwdGlvbg==')).toEqual({ language: 'en', document_type: 'caption' });
  });
});
