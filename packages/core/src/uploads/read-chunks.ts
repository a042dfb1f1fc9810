import { ConfigurationError } from '../errors/configuration-error.js';
import { requireFileSystem } from '../platform/require-file-system.js';
import type { UploadSource } from './upload-source.js';

/** One chunk of a source: its bytes, where it starts, and whether it is the last. */
export interface Chunk {
  /** The chunk's bytes. */
  bytes: Uint8Array;
  /** Where the chunk starts in the source, in bytes. */
  offset: number;
  /** True for the source's last chunk. */
  last: boolean;
}

/**
 * Reads a source as consecutive chunks of `chunkSize` bytes (the last may be shorter), starting
 * at `startOffset`. Holds at most one chunk in memory: the next is read only when asked for.
 */
export async function* readChunks(source: UploadSource, chunkSize: number, startOffset = 0): AsyncGenerator<Chunk, void, undefined> {
  if (!Number.isInteger(chunkSize) || chunkSize <= 0) {
    throw new ConfigurationError(`chunkSize must be a positive integer number of bytes, got ${chunkSize}.`);
  }
  if (typeof source === 'string') {
    yield* readFileChunks(source, chunkSize, startOffset);
  } else if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    yield* sliceChunks(bytes.byteLength, chunkSize, startOffset, async (start, end) => bytes.subarray(start, end));
  } else if (typeof Blob !== 'undefined' && source instanceof Blob) {
    yield* sliceChunks(
      source.size,
      chunkSize,
      startOffset,
      async (start, end) => new Uint8Array(await source.slice(start, end).arrayBuffer()),
    );
  } else {
    yield* readStreamChunks(source as ReadableStream<Uint8Array>, chunkSize, startOffset);
  }
}

async function* sliceChunks(
  size: number,
  chunkSize: number,
  startOffset: number,
  read: (start: number, end: number) => Promise<Uint8Array>,
): AsyncGenerator<Chunk, void, undefined> {
  if (size === 0 && startOffset === 0) {
    yield { bytes: new Uint8Array(0), offset: 0, last: true };
    return;
  }
  for (let offset = startOffset; offset < size; offset += chunkSize) {
    const end = Math.min(size, offset + chunkSize);
    yield { bytes: await read(offset, end), offset, last: end >= size };
  }
}

async function* readFileChunks(path: string, chunkSize: number, startOffset: number): AsyncGenerator<Chunk, void, undefined> {
  const handle = await requireFileSystem(path).open(path);
  try {
    yield* sliceChunks(handle.size, chunkSize, startOffset, async (start, end) => {
      const buffer = new Uint8Array(end - start);
      let filled = 0;
      while (filled < buffer.length) {
        const bytesRead = await handle.read(buffer, filled, buffer.length - filled, start + filled);
        if (bytesRead === 0) {
          throw new ConfigurationError(`File "${path}" shrank while it was being uploaded.`);
        }
        filled += bytesRead;
      }
      return buffer;
    });
  } finally {
    await handle.close();
  }
}

async function* readStreamChunks(
  stream: ReadableStream<Uint8Array>,
  chunkSize: number,
  startOffset: number,
): AsyncGenerator<Chunk, void, undefined> {
  const reader = stream.getReader();
  let pending: Uint8Array | undefined;
  let position = 0;
  let skip = startOffset;
  let done = false;
  const nextPiece = async (): Promise<Uint8Array | undefined> => {
    if (pending) {
      const piece = pending;
      pending = undefined;
      return piece;
    }
    if (done) {
      return undefined;
    }
    for (;;) {
      const result = await reader.read();
      if (result.done) {
        done = true;
        return undefined;
      }
      // Skip empty pieces: a peeked empty piece would otherwise hide that the stream has ended.
      if (result.value.length > 0) {
        return result.value;
      }
    }
  };
  try {
    for (;;) {
      const chunk = new Uint8Array(chunkSize);
      let filled = 0;
      while (filled < chunkSize) {
        let piece = await nextPiece();
        if (!piece) {
          break;
        }
        if (skip > 0) {
          const dropped = Math.min(skip, piece.length);
          skip -= dropped;
          position += dropped;
          piece = piece.subarray(dropped);
          if (piece.length === 0) {
            continue;
          }
        }
        const take = Math.min(piece.length, chunkSize - filled);
        chunk.set(piece.subarray(0, take), filled);
        filled += take;
        if (take < piece.length) {
          pending = piece.subarray(take);
        }
      }
      // Peek one piece to learn whether this chunk is the last.
      const peek = await nextPiece();
      if (peek) {
        pending = peek;
      }
      const last = !peek;
      if (filled > 0 || (position === 0 && startOffset === 0)) {
        yield { bytes: filled === chunkSize ? chunk : chunk.subarray(0, filled), offset: position, last };
      }
      position += filled;
      if (last) {
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
