import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { type Chunk, readChunks } from '../../src/uploads/read-chunks.js';
import type { UploadSource } from '../../src/uploads/upload-source.js';
import { numRuns } from '../helpers/property-runs.js';

const input = Uint8Array.from({ length: 1000 }, (_, index) => (index * 7 + 3) % 256);
let directory: string;
let filePath: string;
let emptyPath: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'conduit-read-chunks-'));
  filePath = join(directory, 'input.bin');
  emptyPath = join(directory, 'empty.bin');
  await writeFile(filePath, input);
  await writeFile(emptyPath, new Uint8Array(0));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** A web stream that emits `bytes` cut into the given piece sizes (odd on purpose). */
function streamOf(bytes: Uint8Array, pieces: number[]): ReadableStream<Uint8Array> {
  const parts: Uint8Array[] = [];
  let position = 0;
  for (const size of pieces) {
    parts.push(bytes.slice(position, position + size));
    position += size;
  }
  if (position < bytes.length) {
    parts.push(bytes.slice(position));
  }
  return new ReadableStream({
    pull(controller) {
      const next = parts.shift();
      if (next === undefined) {
        controller.close();
      } else {
        controller.enqueue(next);
      }
    },
  });
}

async function collect(source: UploadSource, chunkSize: number, startOffset?: number): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  for await (const chunk of readChunks(source, chunkSize, startOffset)) {
    chunks.push({ ...chunk, bytes: chunk.bytes.slice() });
  }
  return chunks;
}

function joined(chunks: Chunk[]): Uint8Array {
  const output = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.bytes.length, 0));
  let position = 0;
  for (const chunk of chunks) {
    output.set(chunk.bytes, position);
    position += chunk.bytes.length;
  }
  return output;
}

const sources: Array<[string, () => UploadSource]> = [
  ['a file path', () => filePath],
  ['a Blob', () => new Blob([input])],
  ['a Uint8Array', () => input],
  ['an ArrayBuffer', () => input.slice().buffer],
  ['a ReadableStream of odd pieces', () => streamOf(input, [7, 1, 250, 3, 400, 339])],
];

describe.each(sources)('readChunks over %s', (_name, source) => {
  it('yields chunkSize pieces with offsets, the last one shorter and flagged', async () => {
    const chunks = await collect(source(), 300);
    expect(chunks.map((chunk) => chunk.bytes.length)).toEqual([300, 300, 300, 100]);
    expect(chunks.map((chunk) => chunk.offset)).toEqual([0, 300, 600, 900]);
    expect(chunks.map((chunk) => chunk.last)).toEqual([false, false, false, true]);
    expect(joined(chunks)).toEqual(input);
  });

  it('flags the last chunk when the size is an exact multiple, with no empty tail', async () => {
    const chunks = await collect(source(), 250);
    expect(chunks.map((chunk) => [chunk.offset, chunk.bytes.length, chunk.last])).toEqual([
      [0, 250, false],
      [250, 250, false],
      [500, 250, false],
      [750, 250, true],
    ]);
  });

  it('resumes from startOffset', async () => {
    const chunks = await collect(source(), 300, 450);
    expect(chunks.map((chunk) => [chunk.offset, chunk.bytes.length, chunk.last])).toEqual([
      [450, 300, false],
      [750, 250, true],
    ]);
    expect(joined(chunks)).toEqual(input.subarray(450));
  });

  it('yields a single chunk when it fits', async () => {
    const chunks = await collect(source(), 4096);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ offset: 0, last: true });
    expect(chunks[0]?.bytes).toEqual(input);
  });
});

describe('readChunks edge cases', () => {
  it.each([
    ['a file path', () => emptyPath],
    ['a Blob', () => new Blob([])],
    ['a Uint8Array', () => new Uint8Array(0)],
    ['an ArrayBuffer', () => new ArrayBuffer(0)],
    ['a ReadableStream', () => streamOf(new Uint8Array(0), [])],
  ] as Array<[string, () => UploadSource]>)('an empty %s yields one empty last chunk', async (_name, source) => {
    const chunks = await collect(source(), 100);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ offset: 0, last: true });
    expect(chunks[0]?.bytes.length).toBe(0);
  });

  it('flags the last chunk even when a stream ends with an empty piece', async () => {
    const parts = [input.slice(0, 400), input.slice(400, 800), new Uint8Array(0)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) {
          controller.close();
        } else {
          controller.enqueue(next);
        }
      },
    });
    const chunks = await collect(stream, 400);
    expect(chunks.map((chunk) => [chunk.offset, chunk.bytes.length, chunk.last])).toEqual([
      [0, 400, false],
      [400, 400, true],
    ]);
  });

  it('refuses a chunk size that is not a positive integer', async () => {
    for (const size of [0, -1, 1.5, Number.NaN]) {
      const error = await collect(input, size).catch((caught: unknown) => caught);
      expect(ConfigurationError.isInstance(error)).toBe(true);
    }
  });

  it('reads only one chunk ahead of the consumer (one piece of a stream at most)', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          if (pulled > 10) {
            controller.close();
          } else {
            controller.enqueue(new Uint8Array(100));
          }
        },
      },
      { highWaterMark: 0 },
    );
    const iterator = readChunks(stream, 100);
    await iterator.next();
    expect(pulled).toBeLessThanOrEqual(3);
    await iterator.return(undefined);
  });
});

describe('readChunks properties', () => {
  it('any split of any stream reassembles exactly, with contiguous offsets and one last chunk', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat({ max: 130 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 200 }),
        fc.nat({ max: 700 }),
        async (bytes, pieces, chunkSize, rawStart) => {
          const startOffset = Math.min(rawStart, bytes.length);
          const fromStream = await collect(streamOf(bytes, pieces), chunkSize, startOffset);
          const fromBytes = await collect(bytes, chunkSize, startOffset);
          for (const chunks of [fromStream, fromBytes]) {
            expect(joined(chunks)).toEqual(bytes.subarray(startOffset));
            let expectedOffset = startOffset;
            chunks.forEach((chunk, index) => {
              expect(chunk.offset).toBe(expectedOffset);
              expectedOffset += chunk.bytes.length;
              expect(chunk.last).toBe(index === chunks.length - 1);
              if (!chunk.last) {
                expect(chunk.bytes.length).toBe(chunkSize);
              }
            });
          }
          expect(fromStream.map((chunk) => [chunk.offset, chunk.bytes.length, chunk.last])).toEqual(
            fromBytes.map((chunk) => [chunk.offset, chunk.bytes.length, chunk.last]),
          );
        },
      ),
      { numRuns },
    );
  });
});
