import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIConnectionError, ConflictError, NotFoundError, RequestAbortedError, ResponseValidationError } from '@conduit/core';
import { assembledTusUpload, decodeTusMetadata, scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
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

describe('uploads.tusUpload (TUS 1.0.0: tus-js-client over the client transport)', () => {
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
    // tus-js-client slices a full chunk from wherever the server stopped (5000..9000), not the rest of the grid chunk.
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
      [5000, 4000],
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

  it('sends every TUS request through the transport: auth, Tus-Resumable, the creation headers, a trailing slash', async () => {
    const { client } = createTestClient();
    const seen: Array<{ method: string; path: string; auth: string | null; headers: Record<string, string | null> }> = [];
    server.use(
      http.all(`${scriptixBaseUrl}/files*`, ({ request }) => {
        const headers = ['tus-resumable', 'upload-length', 'upload-metadata', 'upload-offset', 'content-type'];
        seen.push({
          method: request.method,
          path: new URL(request.url).pathname,
          auth: request.headers.get('authorization'),
          headers: Object.fromEntries(headers.map((name) => [name, request.headers.get(name)])),
        });
        return undefined;
      }),
    );
    const upload = await client.uploads.tusUpload(fakeAudio(300), {
      metadata: { language: 'en', document_type: 'document', filename: 'één.mp3' },
    });
    expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /api/v3/files/', `PATCH /api/v3/files/${upload.fileId}`]);
    expect(seen.every(({ auth }) => auth === `Bearer ${scriptixTestKey}`)).toBe(true);
    expect(seen[0]?.headers).toMatchObject({ 'tus-resumable': '1.0.0', 'upload-length': '300', 'upload-offset': null });
    expect(decodeTusMetadata(seen[0]?.headers['upload-metadata'] ?? '')).toEqual({
      language: 'en',
      document_type: 'document',
      filename: 'één.mp3',
    });
    expect(seen[1]?.headers).toMatchObject({
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    });
  });

  it('leaves a 429 on a chunk to the transport (Retry-After), not to the resume schedule', async () => {
    const { client, sleeps } = createTestClient();
    const patches = recordPatches();
    let limited = 0;
    server.use(
      http.patch(`${scriptixBaseUrl}/files/:fileId`, () => {
        if (limited++ === 0) {
          return Response.json({ error: { code: 429, message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '7' } });
        }
        return undefined;
      }),
    );
    const audio = fakeAudio(5000);
    const upload = await client.uploads.tusUpload(audio, { metadata, chunkSize: 5000 });
    expect(sleeps).toEqual([7000]);
    expect(patches.map(({ offset, size }) => [offset, size])).toEqual([[0, 5000]]);
    expect(digest(assembledTusUpload(mock.state, upload.fileId))).toBe(digest(audio));
  });

  it('stops at once on an error that resuming cannot fix, keeping its typed class', async () => {
    const { client, sleeps } = createTestClient();
    const error = await client.uploads
      .tusUpload(fakeAudio(100), { metadata, uploadUrl: `${scriptixBaseUrl}/files/unknown0001` })
      .catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(scriptixTestKey);
    expect(sleeps).toEqual([]);
  });

  it('refuses an answer that does not move the offset forward', async () => {
    const { client } = createTestClient();
    server.use(
      http.patch(`${scriptixBaseUrl}/files/:fileId`, () => new Response(null, { status: 204, headers: { 'Upload-Offset': '0' } })),
    );
    const error = await client.uploads.tusUpload(fakeAudio(100), { metadata, retryDelays: [] }).catch((caught: unknown) => caught);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('reported offset 0 after a chunk sent at 0');
  });

  it('aborts through the signal: the running upload stops and no further chunk is sent', async () => {
    const { client } = createTestClient();
    const patches = recordPatches();
    const controller = new AbortController();
    const error = await client.uploads
      .tusUpload(fakeAudio(9000), { metadata, chunkSize: 3000, signal: controller.signal, onProgress: () => controller.abort() })
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(patches).toHaveLength(1);
    const before = await client.uploads
      .tusUpload(fakeAudio(10), { metadata, signal: AbortSignal.abort() })
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(before)).toBe(true);
  });

  it('aborts while it waits on a stalled stream', async () => {
    const { client } = createTestClient();
    const controller = new AbortController();
    const stalled = new ReadableStream<Uint8Array>({
      start: (stream) => stream.enqueue(fakeAudio(100)),
      pull: () => new Promise<void>(() => controller.abort()),
    });
    const error = await client.uploads
      .tusUpload(stalled, { metadata, size: 1000, signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
  });

  it('uploads a file path (Node) and a Blob the same way', async () => {
    const { client } = createTestClient();
    const audio = fakeAudio(5000);
    const directory = await mkdtemp(join(tmpdir(), 'scriptix-tus-'));
    try {
      const path = join(directory, 'audio.wav');
      await writeFile(path, audio);
      const fromPath = await client.uploads.tusUpload(path, { metadata, chunkSize: 2000 });
      expect(digest(assembledTusUpload(mock.state, fromPath.fileId))).toBe(digest(audio));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
    const fromBlob = await client.uploads.tusUpload(new Blob([audio]), { metadata, chunkSize: 2000 });
    expect(digest(assembledTusUpload(mock.state, fromBlob.fileId))).toBe(digest(audio));
  });

  it('cannot rewind a stream past the chunk it holds, and reports a stream shorter than its size', async () => {
    const { client } = createTestClient();
    const short = await client.uploads
      .tusUpload(streamOf(fakeAudio(1000), 300), { metadata, size: 2000, chunkSize: 4096 })
      .catch((caught: unknown) => caught);
    expect((short as Error).message).toContain('the source ended at 1000 bytes, before the 2000 announced');
    // After the second chunk fails, the server says it holds only 100 bytes: the first chunk is gone.
    let patchCount = 0;
    server.use(
      http.patch(`${scriptixBaseUrl}/files/:fileId`, () => (++patchCount === 2 ? Response.error() : undefined)),
      http.head(
        `${scriptixBaseUrl}/files/:fileId`,
        () => new Response(null, { status: 200, headers: { 'Upload-Offset': '100', 'Upload-Length': '3000' } }),
      ),
    );
    const { client: other, sleeps } = createTestClient();
    const rewound = await other.uploads
      .tusUpload(streamOf(fakeAudio(3000), 500), { metadata, size: 3000, chunkSize: 1000 })
      .catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(rewound)).toBe(true);
    expect((rewound as Error).message).toContain('a stream cannot be rewound');
    expect(sleeps).toEqual([defaultTusRetryDelays[0]]);
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
