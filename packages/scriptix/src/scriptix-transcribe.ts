import { ConfigurationError, describeSource, type UploadSource } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { resolveMediaType } from './scriptix-media-type.js';
import { prepareSasUpload, uploadViaSas } from './scriptix-sas-upload.js';
import { type ScriptixCreateSessionInput, sessionFieldsShape } from './scriptix-session-input.js';
import type { createSessionCalls } from './scriptix-sessions.js';
import type { createTusCalls } from './scriptix-tus-calls.js';
import type { ScriptixTusMetadataInput } from './scriptix-tus-metadata.js';
import { prepareTusUpload, tusUpload } from './scriptix-tus-upload.js';
import type { ScriptixSession, ScriptixSessionResult, ScriptixSessionStatus } from './scriptix-types.js';
import { httpUrlSchema, validateInput } from './scriptix-validate.js';
import { waitUntilDone } from './scriptix-wait.js';

/** What to transcribe: a file path, Blob, stream or bytes to upload, or `{ url }` for Scriptix to download. */
export type TranscribeSource =
  | UploadSource
  | {
      /** A public media URL Scriptix downloads itself (sent as `media_source`). */
      url: string;
    };

/** Where a `transcribe` call stands, reported through `onProgress`. */
export type TranscribeProgress =
  | {
      /** The media is being sent. */
      stage: 'uploading';
      /** The session, once created (TUS creates it after the upload). */
      sessionId: string | undefined;
      /** Bytes sent so far. */
      loaded: number;
      /** Bytes in all, when known. */
      total: number | undefined;
    }
  | {
      /** Scriptix is transcribing; one event per status poll. */
      stage: 'processing';
      /** The session. */
      sessionId: string;
      /** The status just read. */
      status: ScriptixSessionStatus;
      /** The session as just read. */
      session: ScriptixSession;
    }
  | {
      /** Done; the transcript is being fetched. */
      stage: 'fetching-result';
      /** The session. */
      sessionId: string;
    }
  | {
      /** The transcript is in hand. */
      stage: 'done';
      /** The session. */
      sessionId: string;
    };

/** Options of `transcribe`: the `createSession` fields plus how to upload and wait. Durations are milliseconds. */
export interface TranscribeOptions extends Omit<ScriptixCreateSessionInput, 'media_source'> {
  /** `sas` (Azure Blob SAS PUT, default, up to 5 GiB) or `tus` (resumable chunks). */
  upload?: 'sas' | 'tus' | undefined;
  /** Media content type (default: the source's, else guessed from the file name). */
  contentType?: string | undefined;
  /** TUS chunk size in bytes (default 52,428,800). */
  chunkSize?: number | undefined;
  /** Total bytes of a `ReadableStream` source (TUS only). */
  size?: number | undefined;
  /** Called at every stage: upload progress, each status poll, result fetch, done. */
  onProgress?: ((progress: TranscribeProgress) => void) | undefined;
  /** Aborts the whole workflow. */
  signal?: AbortSignal | undefined;
  /** Give up waiting for processing after this many milliseconds (`APITimeoutError`); upload time does not count. */
  timeout?: number | undefined;
  /** Wait between status polls, in milliseconds (default: the client's `pollInterval`). */
  pollInterval?: number | undefined;
}

/** The finished session and its transcript. */
export interface TranscribeResult {
  /** The session that produced the transcript. */
  sessionId: string;
  /** The finished session. */
  session: ScriptixSession;
  /** The transcript. */
  result: ScriptixSessionResult;
}

const callback = z.custom<(value: never) => void>((value) => typeof value === 'function');
const transcribeOptionsSchema = z.strictObject({
  ...sessionFieldsShape,
  upload: z.optional(z.enum(['sas', 'tus'])),
  contentType: z.optional(z.string()),
  chunkSize: z.optional(z.number().check(z.int(), z.minimum(1))),
  size: z.optional(z.number().check(z.int(), z.minimum(1))),
  onProgress: z.optional(callback),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal)),
  timeout: z.optional(z.number().check(z.positive())),
  pollInterval: z.optional(z.number().check(z.positive())),
});

const sessionKeys = Object.keys(sessionFieldsShape);
const notInTusMetadata = ['diarization', 'meta_data', 'session_mode'];

interface Calls {
  sessions: ReturnType<typeof createSessionCalls>;
  tus: ReturnType<typeof createTusCalls>;
}

function isUrlSource(source: TranscribeSource): source is { url: string } {
  return typeof source === 'object' && source !== null && !(source instanceof Uint8Array) && 'url' in source;
}

function tusMetadata(options: TranscribeOptions, filename: string | undefined, filetype: string | undefined): ScriptixTusMetadataInput {
  const webhook = { webhook_url: options.webhook_url, webhook_method: options.webhook_method, webhook_headers: options.webhook_headers };
  const hasWebhook = Object.values(webhook).some((value) => value !== undefined);
  const entries = {
    language: options.language,
    document_type: options.document?.document_type ?? 'document',
    filename: options.document?.filename ?? filename,
    filetype,
    punctuation: options.punctuation,
    keep_source: options.keep_source,
    multichannel: options.multichannel,
    document: hasWebhook ? webhook : undefined,
    folder_id: options.folder_id,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as ScriptixTusMetadataInput;
}

/**
 * One call from media to transcript: create the session, upload (SAS or TUS), poll until done,
 * fetch the result, reporting each stage. Everything is checked before the first request.
 */
export async function transcribe(
  context: ScriptixContext,
  calls: Calls,
  source: TranscribeSource,
  options: TranscribeOptions,
): Promise<TranscribeResult> {
  validateInput(transcribeOptionsSchema, options, 'transcribe options');
  const upload = options.upload ?? 'sas';
  const signal = options.signal;
  const report = options.onProgress ?? (() => {});
  const sessionInput = Object.fromEntries(
    Object.entries(options).filter(([key, value]) => sessionKeys.includes(key) && value !== undefined),
  ) as ScriptixCreateSessionInput;

  let sessionId: string;
  if (isUrlSource(source)) {
    const url = validateInput(z.strictObject({ url: httpUrlSchema }), source, 'transcribe source').url;
    sessionId = (await calls.sessions.create({ ...sessionInput, media_source: url }, { signal })).session_id;
  } else if (upload === 'sas') {
    await prepareSasUpload(source, { contentType: options.contentType });
    sessionId = (await calls.sessions.create(sessionInput, { signal })).session_id;
    const id = sessionId;
    await uploadViaSas(context, calls.sessions.uploadUrl, id, source, {
      contentType: options.contentType,
      signal,
      onProgress: ({ loaded, total }) => report({ stage: 'uploading', sessionId: id, loaded, total }),
    });
  } else {
    const refused = notInTusMetadata.filter((key) => options[key as keyof TranscribeOptions] !== undefined);
    if (refused.length > 0) {
      throw new ConfigurationError(
        `Scriptix: ${refused.map((key) => `\`${key}\``).join(', ')} cannot be sent with a TUS upload (no such Upload-Metadata key). Use upload: 'sas'.`,
      );
    }
    const info = await describeSource(source);
    const tusOptions = {
      metadata: tusMetadata(options, info.name, resolveMediaType(info, options.contentType)),
      ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
      ...(options.size === undefined ? {} : { size: options.size }),
      ...(signal === undefined ? {} : { signal }),
      onProgress: ({ loaded, total }: { loaded: number; total: number | undefined }) =>
        report({ stage: 'uploading', sessionId: undefined, loaded, total }),
    };
    await prepareTusUpload(source, tusOptions);
    const done = await tusUpload(context, calls.tus, source, tusOptions);
    sessionId = (await calls.tus.getFile(done.fileId, { signal })).session_id;
  }

  const session = await waitUntilDone(context, calls.sessions.get, sessionId, {
    interval: options.pollInterval,
    timeout: options.timeout,
    signal,
    onProgress: (current) => report({ stage: 'processing', sessionId, status: current.status, session: current }),
  });
  report({ stage: 'fetching-result', sessionId });
  const result = await calls.sessions.result(sessionId, { signal });
  report({ stage: 'done', sessionId });
  return { sessionId, session, result };
}
