import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { openFileAsBlob } from '../../src/platform/open-file-as-blob.js';
import { readFileBytes } from '../../src/platform/read-file-bytes.js';

let directory = '';
let filePath = '';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-platform-'));
  filePath = join(directory, 'caption.vtt');
  await writeFile(filePath, 'WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n');
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('file helpers on the node build', () => {
  it('readFileBytes returns the bytes and the file name', async () => {
    const { bytes, name } = await readFileBytes(filePath);
    expect(name).toBe('caption.vtt');
    expect(new TextDecoder().decode(bytes)).toMatch(/^WEBVTT\n/);
  });

  it('readFileBytes turns a missing file into a ConfigurationError with the system code', async () => {
    const error = await readFileBytes(join(directory, 'missing.vtt')).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/cannot be read: ENOENT/);
  });

  it('openFileAsBlob gives a typed Blob of the file', async () => {
    const blob = await openFileAsBlob(filePath, { type: 'text/vtt' });
    expect(blob.type).toBe('text/vtt');
    expect(await blob.text()).toMatch(/hello\n$/);
  });
});
