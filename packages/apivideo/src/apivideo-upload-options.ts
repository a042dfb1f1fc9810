import { assertKnownOptions, ConfigurationError } from '@conduit/core';
import type { ApiVideoUploadState } from './apivideo-upload-state.js';

/** 1 MiB in bytes. */
const mebibyte = 1_048_576;

/** api.video's chunk rules: every chunk but the last >= 5 MiB, each <= 200 MiB, at most 10,000 parts. */
export const apivideoUploadLimits = {
  /** Smallest chunk api.video accepts (5 MiB; the last chunk may be smaller). */
  minChunkSize: 5 * mebibyte,
  /** Largest chunk (200 MiB). */
  maxChunkSize: 200 * mebibyte,
  /** Most chunks one upload may have. */
  maxParts: 10_000,
  /** Largest video, in bytes. */
  maxTotalBytes: 52_428_800_000,
  /** Chunk size when none is given (50 MiB). */
  defaultChunkSize: 50 * mebibyte,
} as const;

/** Progress reported after each acknowledged chunk. */
export interface ApiVideoUploadProgress {
  /** Bytes acknowledged so far. */
  loaded: number;
  /** Total bytes, when known (unknown while a stream is still being read). */
  total: number | undefined;
  /** Chunks acknowledged so far. */
  chunks: number;
  /** Resumable state after this chunk (a copy; JSON-serialisable). */
  state: ApiVideoUploadState;
}

/**
 * Options of `videos.upload` and `uploadWithToken`. `signal`, `timeout` (per chunk attempt) and the
 * other request options are the methods' last argument.
 */
export interface ApiVideoUploadOptions {
  /** Bytes per request, 5 MiB to 200 MiB (default 50 MiB); a source up to this size goes in one request. */
  chunkSize?: number | undefined;
  /** Called after each acknowledged chunk. */
  onProgress?: ((progress: ApiVideoUploadProgress) => void) | undefined;
  /** State from a stopped upload of the same source, to continue where it stopped. */
  resume?: ApiVideoUploadState | undefined;
  /** File name sent with the chunks (default: the path's or File's name, else `video`). */
  fileName?: string | undefined;
}

/** Option names of `ApiVideoUploadOptions`. */
export const uploadOptionKeys: readonly string[] = ['chunkSize', 'onProgress', 'resume', 'fileName'];

/** Checks upload options before anything is read or sent; returns the chunk size to use. */
export function checkUploadOptions(options: ApiVideoUploadOptions, known: readonly string[], label: string): number {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError(`${label}: options must be an object.`);
  }
  for (const moved of ['signal', 'timeout']) {
    if (moved in options) {
      throw new ConfigurationError(
        `${label}: pass \`${moved}\` in the request options, the last argument: (…, { chunkSize }, { ${moved} }).`,
      );
    }
  }
  assertKnownOptions(options, known, label);
  const chunkSize = options.chunkSize ?? options.resume?.chunkSize ?? apivideoUploadLimits.defaultChunkSize;
  const { minChunkSize, maxChunkSize } = apivideoUploadLimits;
  if (!Number.isInteger(chunkSize) || chunkSize < minChunkSize || chunkSize > maxChunkSize) {
    throw new ConfigurationError(
      `${label}: chunkSize must be a whole number of bytes from ${minChunkSize} (5 MiB) to ${maxChunkSize} (200 MiB), got ${chunkSize}.`,
    );
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new ConfigurationError(`${label}: onProgress must be a function.`);
  }
  if (options.fileName !== undefined && (typeof options.fileName !== 'string' || options.fileName.trim() === '')) {
    throw new ConfigurationError(`${label}: fileName must be a non-empty string.`);
  }
  return chunkSize;
}

/** Checks that a source of known size fits api.video's limits with this chunk size. */
export function checkSourceSize(size: number, chunkSize: number, label: string): void {
  if (size === 0) {
    throw new ConfigurationError(`${label}: the source is empty (0 bytes); api.video refuses empty files.`);
  }
  if (size > apivideoUploadLimits.maxTotalBytes) {
    throw new ConfigurationError(
      `${label}: the source is ${size} bytes; api.video accepts at most ${apivideoUploadLimits.maxTotalBytes} bytes.`,
    );
  }
  const parts = Math.ceil(size / chunkSize);
  if (parts > apivideoUploadLimits.maxParts) {
    const smallest = Math.ceil(size / apivideoUploadLimits.maxParts);
    throw new ConfigurationError(
      `${label}: ${size} bytes in chunks of ${chunkSize} bytes is ${parts} parts; api.video allows at most ${apivideoUploadLimits.maxParts}. Use chunkSize >= ${smallest}.`,
    );
  }
}
