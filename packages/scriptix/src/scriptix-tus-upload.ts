import {
  APIConnectionError,
  APIError,
  ConduitError,
  ConfigurationError,
  describeSource,
  openFileAsBlob,
  RequestAbortedError,
  ResponseValidationError,
  type UploadProgress,
  type UploadSource,
} from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import type { createTusCalls, TusUploadRef } from './scriptix-tus-calls.js';
import { fileIdOf } from './scriptix-tus-calls.js';
import { type ScriptixTusMetadataInput, tusMetadataValues } from './scriptix-tus-metadata.js';
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

/** Failures after which the server's offset is worth asking for: the connection, a timeout, 409 offset mismatch, 423, 429, 5xx. */
function isResumable(error: unknown): boolean {
  if (APIConnectionError.isInstance(error)) {
    return error.retryable;
  }
  return APIError.isInstance(error) && (error.status === 409 || error.status === 423 || error.status === 429 || error.status >= 500);
}

/** Checks the source and options of a TUS upload before any request; returns the total size. */
export async function prepareTusUpload(source: UploadSource, options: TusUploadOptions): Promise<number> {
  validateInput(tusOptionsSchema, options, 'uploads.tusUpload options');
  tusMetadataValues(options.metadata);
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
 * Uploads a source with the TUS 1.0.0 protocol through tus-js-client, every request sent by the
 * client's transport (auth, rate-limit pacing, redaction, typed errors). One chunk is in memory at
 * a time. After a failed chunk it waits (`retryDelays`), asks the server for its offset (HEAD) and
 * re-sends from there; with `uploadUrl` it resumes an upload an earlier process started.
 *
 * tus-js-client and its driver (`runTusUpload`) are loaded on first use, so bundlers keep them out
 * of the client's first chunk. Retries: tus-js-client's own timer is off (it waits on the real
 * clock, past the client's `sleep`, `signal` and `Retry-After`); the transport retries single
 * requests as for every call (a 429 after its hint, a HEAD after a 5xx, a request that never
 * left); the resume schedule is decided here. `calls` is unused since the protocol calls moved
 * into tus-js-client; the signature is kept.
 */
export async function tusUpload(
  context: ScriptixContext,
  _calls: TusCalls,
  source: UploadSource,
  options: TusUploadOptions,
): Promise<TusUploadResult> {
  const size = await prepareTusUpload(source, options);
  const { signal } = options;
  const aborted = () => new RequestAbortedError(undefined, { cause: signal?.reason });
  if (signal?.aborted) {
    throw aborted();
  }
  const delays = options.retryDelays ?? defaultTusRetryDelays;
  let failures = 0;
  let created: TusUploadRef | undefined;
  const input = typeof source === 'string' ? await openFileAsBlob(source) : source;
  const { runTusUpload } = await import('./scriptix-tus-run.js');
  await runTusUpload(input, {
    endpoint: `${context.baseUrl}/files/`,
    uploadUrl: options.uploadUrl,
    size,
    metadata: tusMetadataValues(options.metadata),
    chunkSize: options.chunkSize ?? defaultTusChunkSize,
    signal,
    send: context.transport.with({ signal }),
    created: (uploadUrl) => {
      created = { uploadUrl, fileId: fileIdOf(uploadUrl) };
      options.onUploadCreated?.(created);
    },
    progress: (offset) => {
      failures = 0;
      options.onProgress?.({ loaded: offset, total: size });
    },
    // Only an upload that exists is resumed: a failed creation is never sent twice.
    recover: async (error, exists) => {
      if (!exists || !isResumable(error) || failures >= delays.length) {
        throw error;
      }
      await context.sleep(delays[failures++] ?? 0, signal);
    },
    aborted,
    errors: { APIConnectionError, ConduitError, ConfigurationError, ResponseValidationError },
  });
  return { ...(created as TusUploadRef), size };
}
