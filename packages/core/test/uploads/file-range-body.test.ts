import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { fileRangeBody } from '../../src/uploads/file-range-body.js';
import type { ReplayableBody } from '../../src/uploads/replayable-body.js';

const content = Buffer.from(Uint8Array.from({ length: 400_000 }, (_, index) => (index * 31 + 5) & 255));
let directory = '';
let filePath = '';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-range-'));
  filePath = join(directory, 'video.bin');
  await writeFile(filePath, content);
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function drain(body: ReplayableBody): Promise<{ bytes: Buffer; largestPiece: number }> {
  const pieces: Buffer[] = [];
  for await (const piece of body.open()) {
    pieces.push(Buffer.from(piece));
  }
  return { bytes: Buffer.concat(pieces), largestPiece: Math.max(...pieces.map((piece) => piece.length)) };
}

describe('fileRangeBody', () => {
  it('yields prefix, the byte range and suffix, in pieces of at most 64 KiB, the same on every open', async () => {
    const prefix = Buffer.from('--head\r\n');
    const suffix = Buffer.from('\r\n--tail--\r\n');
    const body = fileRangeBody({ path: filePath, start: 100_000, end: 350_001, prefix, suffix });
    const expected = Buffer.concat([prefix, content.subarray(100_000, 350_001), suffix]);
    expect(body.length).toBe(expected.length);
    const first = await drain(body);
    const second = await drain(body);
    expect(first.bytes.equals(expected)).toBe(true);
    expect(second.bytes.equals(expected)).toBe(true);
    expect(first.largestPiece).toBeLessThanOrEqual(64 * 1024);
  });

  it('an empty range sends only the framing', async () => {
    const body = fileRangeBody({ path: filePath, start: 10, end: 10, prefix: Buffer.from('a'), suffix: Buffer.from('b') });
    expect((await drain(body)).bytes.toString()).toBe('ab');
  });

  it('refuses a reversed range and fails when the file shrank below the range', async () => {
    expect(() => fileRangeBody({ path: filePath, start: 5, end: 4 })).toThrow(/not a valid byte range/);
    const shrinking = join(directory, 'shrinking.bin');
    await writeFile(shrinking, content);
    const body = fileRangeBody({ path: shrinking, start: 0, end: content.length });
    await truncate(shrinking, 1000);
    const error = await drain(body).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/shrank/);
  });
});
