import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { openFileAsBlob } from '../../src/platform/open-file-as-blob.js';
import { readFileBytes } from '../../src/platform/read-file-bytes.js';
import { fileRangeBody } from '../../src/uploads/file-range-body.js';
import { readChunks } from '../../src/uploads/read-chunks.js';
import { describeSource } from '../../src/uploads/upload-source.js';
import { uploadToSignedUrl } from '../../src/uploads/upload-to-signed-url.js';

// What browsers and Workers load: the build of `#platform` without a file system.
vi.mock('#platform', () => import('../../src/platform/web.js'));

const path = '/videos/clip.mp4';

async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('a file path without a file system (browsers, Workers)', () => {
  const calls: Record<string, () => unknown> = {
    describeSource: () => describeSource(path),
    'readChunks().next()': () => readChunks(path, 1024).next(),
    fileRangeBody: () => fileRangeBody({ path, start: 0, end: 10 }),
    readFileBytes: () => readFileBytes(path),
    openFileAsBlob: () => openFileAsBlob(path),
    uploadToSignedUrl: () => uploadToSignedUrl('https://storage.example/put?sig=1', path),
  };

  it.each(Object.entries(calls))('%s throws a ConfigurationError that says what to pass instead', async (_, run) => {
    const error = await failure(run);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`"${path}" is a file path`);
    expect((error as Error).message).toMatch(/Node, Bun or Deno.*Blob or File, a ReadableStream of bytes, a Uint8Array or an ArrayBuffer/);
  });

  it('the same calls still take in-memory sources', async () => {
    const bytes = new TextEncoder().encode('0123456789');
    expect(await describeSource(new Blob([bytes], { type: 'video/mp4' }))).toEqual({ size: 10, name: undefined, type: 'video/mp4' });
    const chunks = [];
    for await (const chunk of readChunks(bytes, 4)) {
      chunks.push(chunk.bytes.byteLength);
    }
    expect(chunks).toEqual([4, 4, 2]);
  });
});
