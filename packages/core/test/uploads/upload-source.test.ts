import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { describeSource, type UploadSource } from '../../src/uploads/upload-source.js';

let directory: string;
let filePath: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-source-'));
  filePath = join(directory, 'clip.mov');
  await writeFile(filePath, new Uint8Array(42));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('describeSource', () => {
  it('reads size and name of a file path', async () => {
    expect(await describeSource(filePath)).toEqual({ size: 42, name: 'clip.mov', type: undefined });
  });

  it('reads size, name and type of a File and a Blob', async () => {
    expect(await describeSource(new File(['hello'], 'a.txt', { type: 'text/plain' }))).toEqual({
      size: 5,
      name: 'a.txt',
      type: 'text/plain',
    });
    expect(await describeSource(new Blob(['abc']))).toEqual({ size: 3, name: undefined, type: undefined });
  });

  it('reads the size of bytes and leaves a stream unsized', async () => {
    expect((await describeSource(new Uint8Array(7))).size).toBe(7);
    expect((await describeSource(new ArrayBuffer(9))).size).toBe(9);
    expect((await describeSource(new ReadableStream())).size).toBeUndefined();
  });

  it('refuses a missing path, a directory and an unsupported value', async () => {
    for (const source of [join(directory, 'missing.mov'), directory, 42 as unknown as UploadSource]) {
      const error = await describeSource(source).catch((caught: unknown) => caught);
      expect(ConfigurationError.isInstance(error)).toBe(true);
    }
  });
});
