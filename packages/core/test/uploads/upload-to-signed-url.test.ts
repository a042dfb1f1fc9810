import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { PermissionDeniedError } from '../../src/errors/permission-denied-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { type UploadProgress, uploadToSignedUrl } from '../../src/uploads/upload-to-signed-url.js';
import { createFakeFetch, status } from '../helpers/fake-fetch.js';
import { closedPort, startServer, type TestServer } from '../helpers/node-server.js';

const content = Uint8Array.from({ length: 300_000 }, (_, index) => (index * 31) % 251);
let directory: string;
let filePath: string;
let server: TestServer;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-upload-'));
  filePath = join(directory, 'video.mp4');
  await writeFile(filePath, content);
  server = await startServer((request, response) => {
    if (request.url?.includes('/denied')) {
      response.writeHead(403, { 'content-type': 'application/xml' });
      response.end(
        '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match</Message></Error>',
      );
      return;
    }
    response.writeHead(200, { etag: '"abc"' }).end();
  });
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe('uploadToSignedUrl with a file path (node:http stream)', () => {
  it('sends the exact bytes with the signed content type and length, and reports progress up to the total', async () => {
    const progress: UploadProgress[] = [];
    const result = await uploadToSignedUrl(`${server.origin}/bucket/ok.mp4?X-Goog-Signature=abc123&X-Goog-Date=20300101`, filePath, {
      contentType: 'video/mp4',
      onProgress: (value) => progress.push(value),
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('etag')).toBe('"abc"');
    const received = server.received.find((entry) => entry.url.startsWith('/bucket/ok.mp4'));
    expect(received?.method).toBe('PUT');
    expect(received?.headers['content-type']).toBe('video/mp4');
    expect(received?.headers['content-length']).toBe(String(content.length));
    expect(received?.headers.authorization).toBeUndefined();
    expect(new Uint8Array(received?.body ?? [])).toEqual(content);
    expect(progress.at(-1)).toEqual({ loaded: content.length, total: content.length });
    for (let index = 1; index < progress.length; index++) {
      expect(progress[index]?.loaded).toBeGreaterThan(progress[index - 1]?.loaded ?? 0);
    }
  });

  it('sends the extra headers a signature requires', async () => {
    await uploadToSignedUrl(`${server.origin}/bucket/azure.mp4?sv=2024&sig=abcdef`, filePath, {
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      method: 'PUT',
    });
    const received = server.received.find((entry) => entry.url.startsWith('/bucket/azure.mp4'));
    expect(received?.headers['x-ms-blob-type']).toBe('BlockBlob');
  });

  it('a 403 throws PermissionDeniedError with the signature redacted from error.url and the body kept', async () => {
    const error = await uploadToSignedUrl(
      `${server.origin}/bucket/denied.mp4?X-Goog-Signature=SIGNATURE123456&X-Goog-Date=20300101`,
      filePath,
      {
        contentType: 'video/mp4',
        provider: 'viddyscribe',
      },
    ).catch((caught: unknown) => caught);
    expect(PermissionDeniedError.isInstance(error)).toBe(true);
    const denied = error as PermissionDeniedError;
    expect(denied.status).toBe(403);
    expect(denied.provider).toBe('viddyscribe');
    expect(denied.url).toBe(`${server.origin}/bucket/denied.mp4?X-Goog-Signature=[REDACTED]&X-Goog-Date=20300101`);
    expect(JSON.stringify(denied)).not.toContain('SIGNATURE123456');
    expect(String(denied.body)).toContain('SignatureDoesNotMatch');
  });

  it('a closed port gives APIConnectionError', async () => {
    const port = await closedPort();
    const error = await uploadToSignedUrl(`http://127.0.0.1:${port}/bucket/x.mp4`, filePath).catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
  });

  it('an already-aborted signal gives RequestAbortedError', async () => {
    const error = await uploadToSignedUrl(`${server.origin}/bucket/aborted.mp4`, filePath, { signal: AbortSignal.abort() }).catch(
      (caught: unknown) => caught,
    );
    expect(RequestAbortedError.isInstance(error)).toBe(true);
  });

  it('refuses a missing file and an insecure URL before sending', async () => {
    const missing = await uploadToSignedUrl(`${server.origin}/bucket/missing.mp4`, join(directory, 'nope.mp4')).catch(
      (caught: unknown) => caught,
    );
    expect(ConfigurationError.isInstance(missing)).toBe(true);
    const insecure = await uploadToSignedUrl('http://storage.example.com/b/o?sig=1', filePath).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(insecure)).toBe(true);
    expect(server.received.some((entry) => entry.url.startsWith('/bucket/missing.mp4'))).toBe(false);
  });
});

describe('uploadToSignedUrl with a Blob (injected fetch)', () => {
  it('PUTs the Blob with its type, no credentials, and reports the total once done', async () => {
    const { fetch, calls } = createFakeFetch(() => status(201));
    const progress: UploadProgress[] = [];
    const blob = new Blob([content.subarray(0, 1234)], { type: 'audio/wav' });
    const result = await uploadToSignedUrl('https://storage.googleapis.com/b/o.wav?X-Goog-Signature=abc', blob, {
      fetch,
      onProgress: (value) => progress.push(value),
    });
    expect(result.status).toBe(201);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('PUT');
    expect(calls[0]?.url).toBe('https://storage.googleapis.com/b/o.wav?X-Goog-Signature=abc');
    expect(calls[0]?.headers.get('content-type')).toBe('audio/wav');
    expect(calls[0]?.headers.has('authorization')).toBe(false);
    expect(new Uint8Array(await calls[0]!.request.arrayBuffer())).toEqual(content.subarray(0, 1234));
    expect(progress).toEqual([{ loaded: 1234, total: 1234 }]);
  });

  it('an explicit contentType wins over the Blob type; POST is allowed', async () => {
    const { fetch, calls } = createFakeFetch(() => status(200));
    await uploadToSignedUrl('https://upload.example.test/x?token=t0k3n', new Blob(['abc'], { type: 'text/plain' }), {
      fetch,
      method: 'POST',
      contentType: 'application/octet-stream',
    });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('a 500 throws InternalServerError with the raw text body', async () => {
    const { fetch } = createFakeFetch(() => status(500, {}, 'storage backend unavailable'));
    const error = await uploadToSignedUrl('https://storage.example.test/b/o', new Uint8Array([1, 2, 3]), { fetch }).catch(
      (caught: unknown) => caught,
    );
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect((error as InternalServerError).body).toBe('storage backend unavailable');
  });
});
