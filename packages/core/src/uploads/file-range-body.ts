import { ConfigurationError } from '../errors/configuration-error.js';
import { requireFileSystem } from '../platform/require-file-system.js';
import type { ReplayableBody } from './replayable-body.js';

/** A byte range of a file, between optional framing (e.g. a multipart head and tail). */
export interface FileRange {
  /** The file to read (Node, Bun, Deno). */
  path: string;
  /** First byte, inclusive. */
  start: number;
  /** Last byte + 1 (exclusive). */
  end: number;
  /** Bytes sent before the range. */
  prefix?: Uint8Array | undefined;
  /** Bytes sent after the range. */
  suffix?: Uint8Array | undefined;
}

const pieceSize = 64 * 1024;

/**
 * A `ReplayableBody` over part of a file (Node, Bun, Deno): every `open()` streams the range from
 * disk in 64 KiB pieces, so memory stays flat whatever the range's size and however often it is
 * re-sent. In browsers and Workers a path is a `ConfigurationError` saying what to pass instead.
 */
export function fileRangeBody(range: FileRange): ReplayableBody {
  const { path, start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new ConfigurationError(`File range ${start}-${end} of "${path}" is not a valid byte range.`);
  }
  const files = requireFileSystem(path);
  const prefix = range.prefix ?? new Uint8Array(0);
  const suffix = range.suffix ?? new Uint8Array(0);
  return {
    length: prefix.byteLength + (end - start) + suffix.byteLength,
    async *open() {
      if (prefix.byteLength > 0) {
        yield prefix;
      }
      let read = 0;
      for await (const piece of files.readRange(path, start, end, pieceSize)) {
        read += piece.byteLength;
        yield piece;
      }
      // A short read would send fewer bytes than Content-Length promised.
      if (read !== end - start) {
        throw new ConfigurationError(`File "${path}" shrank while it was being uploaded.`);
      }
      if (suffix.byteLength > 0) {
        yield suffix;
      }
    },
  };
}
