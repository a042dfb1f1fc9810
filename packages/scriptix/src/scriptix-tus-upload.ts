import {
  APIConnectionError,
  APIError,
  type Chunk,
  ConfigurationError,
  describeSource,
  ResponseValidationError,
  readChunks,
  type UploadProgress,
  type UploadSource,
} from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import type { createTusCalls, TusUploadRef } from './scriptix-tus-calls.js';
import { fileIdOf } from './scriptix-tus-calls.js';
import type { ScriptixTusMetadataInput } from './scriptix-tus-metadata.js';
import { validateInput } from './scriptix-validate.js';

/** Chunk size of Scriptix's documented TUS client settings: 50 MB. */
export const defaultTusChunkSize = 52_428_800;

/** Scriptix's documented TUS retry delays (0/3/5/10/20/30/60 s), in milliseconds. */
export const defaultTusRetryDelays: readonly number[] = [0, 3000, 5000, 10_000, 20_000, 30_000, 60_000];

/** Options of `uploads.tusUpload`. Durations are milliseconds. */
export interface TusUploadOptions {
  /** `Upload-Metadata`: `language` and `document_type` are required. */
  metadata: ScriptixTusMetadataInput;
  /** Bytes per PATCH (default 52,428,800). One chunk is held in memory at a time. */
  chunkSize?: number | undefined;
  /** Total bytes; required for a `ReadableStream` source, checked against the source otherwise. */
  size?: number | undefined;
  /** Resume this earlier upload (its `Location`) from the offset the server reports, instead of creating one. */
  uploadUrl?: string | undefined;
  /** Called once the upload exists, with the URL to keep for resuming after a crash. */
  onUploadCreated?: ((upload: TusUploadRef) => void) | undefined;
  /** Called after every accepted chunk. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Waits before each resume attempt after a failed chunk (default 0/3/5/10/20/30/60 s); its length bounds the attempts in a row. */
  retryDelays?: readonly number[] | undefined;
  /** Aborts the upload. */
  signal?: AbortSignal | undefined;
}

/** A finished TUS upload. */
export interface TusUploadResult extends TusUploadRef {
  /** Bytes uploaded in total. */
  size: number;
}

const functionSchema = z.custom<(value: never) => void>((value) => typeof value === 'function');
const tusOptionsSchema = z.strictObject({
  metadata: z.custom<ScriptixTusMetadataInput>((value) => typeof value === 'object' && value !== null),
  chunkSize: z.optional(z.number().check(z.int(), z.minimum(1))),
  size: z.optional(z.number().check(z.int(), z.minimum(1))),
  uploadUrl: z.optional(z.string()),
  onUploadCreated: z.optional(functionSchema),
  onProgress: z.optional(functionSchema),
  retryDelays: z.optional(z.array(z.number().check(z.nonnegative()))),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal)),
});

type TusCalls = ReturnType<typeof createTusCalls>;

/** Failures after which the server's offset is worth asking for: the connection, a timeout, 409 offset mismatch, 429, 5xx. */
function isResumable(error: unknown): boolean {
  if (APIConnectionError.isInstance(error)) {
    return true;
  }
  return APIError.isInstance(error) && (error.status === 409 || error.status === 423 || error.status === 429 || error.status >= 500);
}

const rewindable = (source: UploadSource) =>
  typeof source === 'string' ||
  source instanceof Uint8Array ||
  source instanceof ArrayBuffer ||
  (typeof Blob !== 'undefined' && source instanceof Blob);

/** Checks the source and options of a TUS upload before any request; returns the total size. */
export async function prepareTusUpload(source: UploadSource, options: TusUploadOptions): Promise<number> {
  validateInput(tusOptionsSchema, options, 'uploads.tusUpload options');
  const info = await describeSource(source);
  if (info.size !== undefined && options.size !== undefined && info.size !== options.size) {
    throw new ConfigurationError(`Scriptix TUS: \`size\` is ${options.size} but the source has ${info.size} bytes.`);
  }
  const size = info.size ?? options.size;
  if (size === undefined) {
    throw new ConfigurationError('Scriptix TUS: a ReadableStream source needs `size` (TUS sends the total length first).');
  }
  if (size === 0) {
    throw new ConfigurationError('Scriptix: the media to upload is empty (0 bytes).');
  }
  if (options.uploadUrl !== undefined) {
    fileIdOf(options.uploadUrl);
  }
  return size;
}

/**
 * Uploads a source with the TUS 1.0.0 protocol (our own small client over the transport; no
 * tus-js-client). One chunk is in memory at a time. After a failed chunk it waits, asks the
 * server for its offset (HEAD) and re-sends from there; with `uploadUrl` it resumes an upload
 * an earlier process started.
 */
export async function tusUpload(
  context: ScriptixContext,
  calls: TusCalls,
  source: UploadSource,
  options: TusUploadOptions,
): Promise<TusUploadResult> {
  const size = await prepareTusUpload(source, options);
  const chunkSize = options.chunkSize ?? defaultTusChunkSize;
  const delays = options.retryDelays ?? defaultTusRetryDelays;
  const signal = options.signal;
  let failures = 0;

  let upload: TusUploadRef;
  let offset: number;
  if (options.uploadUrl === undefined) {
    upload = await calls.createTusUpload(size, options.metadata, { signal });
    offset = 0;
  } else {
    upload = { uploadUrl: options.uploadUrl, fileId: fileIdOf(options.uploadUrl) };
    const state = await calls.getTusOffset(upload.fileId, { signal });
    if (state.length !== undefined && state.length !== size) {
      throw new ConfigurationError(`Scriptix TUS: the upload at uploadUrl is ${state.length} bytes long, but this source has ${size}.`);
    }
    offset = state.offset;
  }
  options.onUploadCreated?.(upload);

  // After a failure: wait as documented, then ask the server where it stands (the HEAD may fail too).
  const recover = async (error: unknown): Promise<number> => {
    let last = error;
    for (;;) {
      if (!isResumable(last) || signal?.aborted || failures >= delays.length) {
        throw last;
      }
      await context.sleep(delays[failures++] ?? 0, signal);
      try {
        return (await calls.getTusOffset(upload.fileId, { signal })).offset;
      } catch (headError) {
        last = headError;
      }
    }
  };

  let reader = readChunks(source, chunkSize, offset);
  try {
    reading: while (offset < size) {
      const next = await reader.next();
      if (next.done) {
        throw new ConfigurationError(`Scriptix TUS: the source ended at ${offset} bytes, before the ${size} announced.`);
      }
      const chunk: Chunk = next.value;
      const end = chunk.offset + chunk.bytes.length;
      while (offset < end) {
        try {
          const sent = chunk.bytes.subarray(offset - chunk.offset);
          const reported = await calls.uploadTusChunk(upload.fileId, offset, sent, { signal });
          if (reported <= offset) {
            const message = `Scriptix TUS: the server reported offset ${reported} after a chunk sent at ${offset}`;
            throw new ResponseValidationError(message, { status: 204, body: '', url: upload.uploadUrl });
          }
          offset = reported;
          failures = 0;
          options.onProgress?.({ loaded: offset, total: size });
        } catch (error) {
          const serverOffset = await recover(error);
          if (serverOffset >= chunk.offset && serverOffset <= end) {
            offset = serverOffset;
            continue;
          }
          if (!rewindable(source)) {
            throw new APIConnectionError(
              `Scriptix TUS: the server is at byte ${serverOffset}, outside the chunk held in memory, and a stream cannot be rewound.`,
              { cause: error },
            );
          }
          await reader.return(undefined);
          offset = serverOffset;
          reader = readChunks(source, chunkSize, offset);
          continue reading;
        }
      }
    }
  } finally {
    await reader.return(undefined);
  }
  return { ...upload, size };
}
