import type { FileSource } from 'tus-js-client';

/** A source as tus-js-client reads it: a file path is opened as a Blob first. */
export type TusInput = Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer;

/** The errors a stream source ends an upload with (built by the caller, so this module needs no error classes). */
export interface TusSourceErrors {
  /** The server asks for bytes before the part of the stream still held. */
  rewind(offset: number): Error;
  /** The stream ended before the announced size. */
  short(endedAt: number): Error;
}

/** One slice of the source, as the TUS HTTP stack sends it; tus-js-client reads its `size`. */
export interface TusChunk {
  /** The bytes to send. */
  body: Blob | Uint8Array;
  /** Their length in bytes. */
  size: number;
}

const chunkOf = (body: Blob | Uint8Array): TusChunk => ({ body, size: body instanceof Uint8Array ? body.byteLength : body.size });

function sliceableSource(slice: (start: number, end: number) => Blob | Uint8Array, size: number): FileSource {
  return {
    size,
    slice: async (start, end) => ({ value: chunkOf(slice(start, Math.min(end, size))), done: end >= size }),
    close: () => undefined,
  };
}

/**
 * A stream read forward only: a slice stays in memory until the server confirms a later offset,
 * so after a failed chunk the upload resumes from wherever the server stopped inside it.
 */
function streamSource(stream: ReadableStream<Uint8Array>, size: number, errors: TusSourceErrors): FileSource {
  const reader = stream.getReader();
  // Pieces read from the stream, the first starting at byte `heldAt`.
  const pieces: Uint8Array[] = [];
  let heldAt = 0;
  let held = 0;
  return {
    size,
    async slice(start, end) {
      if (start < heldAt || start > heldAt + held) {
        throw errors.rewind(start);
      }
      for (let skip = start - heldAt; skip > 0; ) {
        const first = pieces[0] as Uint8Array;
        const dropped = Math.min(skip, first.length);
        pieces[0] = first.subarray(dropped);
        if (dropped === first.length) {
          pieces.shift();
        }
        skip -= dropped;
        held -= dropped;
      }
      heldAt = start;
      const wanted = Math.min(end, size) - start;
      while (held < wanted) {
        const next = await reader.read();
        if (next.done) {
          throw errors.short(start + held);
        }
        pieces.push(next.value);
        held += next.value.length;
      }
      const bytes = new Uint8Array(wanted);
      let filled = 0;
      for (const piece of pieces) {
        if (filled === wanted) {
          break;
        }
        const take = Math.min(piece.length, wanted - filled);
        bytes.set(piece.subarray(0, take), filled);
        filled += take;
      }
      return { value: chunkOf(bytes), done: start + wanted >= size };
    },
    close: () => reader.releaseLock(),
  };
}

/**
 * Opens an upload source for tus-js-client (its `FileReader` contract) the same way on every
 * runtime: bytes and Blobs (a file path arrives as one) are sliced where they are, a
 * `ReadableStream` is read forward holding about one chunk.
 */
export function openTusSource(source: TusInput, size: number, errors: TusSourceErrors): FileSource {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    return sliceableSource((start, end) => bytes.subarray(start, end), size);
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    return sliceableSource((start, end) => source.slice(start, end), size);
  }
  return streamSource(source as ReadableStream<Uint8Array>, size, errors);
}
