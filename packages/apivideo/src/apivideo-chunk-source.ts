import { readChunks, type UploadSource } from '@conduit/core';

/** One chunk of an upload: its place in the source, and its bytes or the file range holding them. */
export interface UploadChunk {
  offset: number;
  length: number;
  last: boolean;
  /** The bytes, read into memory (Blob, bytes and stream sources). */
  bytes: Uint8Array | undefined;
  /** The file range to stream per attempt instead (file paths, when streaming). */
  file: { path: string; start: number; end: number } | undefined;
}

/**
 * The chunks of a source from `startOffset`. A file path of known size, when `streamFiles`, yields
 * byte ranges only: nothing is read here, the transport streams each range from disk per attempt.
 * Any other source is read one chunk at a time by core `readChunks`.
 */
export async function* uploadChunks(
  source: UploadSource,
  size: number | undefined,
  chunkSize: number,
  startOffset: number,
  streamFiles: boolean,
): AsyncGenerator<UploadChunk, void, undefined> {
  if (typeof source === 'string' && streamFiles && size !== undefined && size > 0) {
    for (let offset = startOffset; offset < size; offset += chunkSize) {
      const end = Math.min(size, offset + chunkSize);
      yield { offset, length: end - offset, last: end >= size, bytes: undefined, file: { path: source, start: offset, end } };
    }
    return;
  }
  for await (const chunk of readChunks(source, chunkSize, startOffset)) {
    yield { offset: chunk.offset, length: chunk.bytes.byteLength, last: chunk.last, bytes: chunk.bytes, file: undefined };
  }
}
