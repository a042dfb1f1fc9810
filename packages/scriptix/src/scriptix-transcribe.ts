import {
  APIPromise,
  ConfigurationError,
  checkRequestOptions,
  describeSource,
  type RequestOptions,
  respond,
  type UploadSource,
} from '@conduit/core';
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
      session_id: string | undefined;
      /** Bytes sent so far. */
      loaded: number;
      /** Bytes in all, when known. */
      total: number | undefined;
    }
  | {
      /** Scriptix is transcribing; one event per status poll. */
      stage: 'processing';
      /** The session. */
      session_id: string;
      /** The status just read. */
      status: ScriptixSessionStatus;
      /** The session as just read. */
      session: ScriptixSession;
    }
  | {
      /** Done; the transcript is being fetched. */
      stage: 'fetching-result';
      /** The session. */
      session_id: string;
    }
  | {
      /** The transcript is in hand. */
      stage: 'done';
      /** The session. */
      session_id: string;
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
  /** Give up waiting for processing after this many milliseconds (`APITimeoutError`); upload time does not count. */
  timeout?: number | undefined;
  /** Wait between status polls, in milliseconds (default: the client's `pollInterval`). */
  pollInterval?: number | undefined;
}

/**
 * What `transcribe` resolves to: the finished session (`getSession`) with its transcript
 * (`getSessionResult`) merged in, under the API's own field names (`session_id`, `results`, `document`…).
 */
export type TranscribeResult = ScriptixSession & Pick<ScriptixSessionResult, 'results'>;

const callback = z.custom<(value: never) => void>((value) => typeof value === 'function');
const transcribeOptionsSchema = z.strictObject({
  ...sessionFieldsShape,
  upload: z.optional(z.enum(['sas', 'tus'])),
  contentType: z.optional(z.string()),
  chunkSize: z.optional(z.number().check(z.int(), z.minimum(1))),
  size: z.optional(z.number().check(z.int(), z.minimum(1))),
  onProgress: z.optional(callback),
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
 * fetch the result, reporting each stage. Everything is checked before the first request; `options`
 * apply to every request and `options.signal` aborts the whole workflow.
 */
export function transcribe(
  context: ScriptixContext,
  calls: Calls,
  source: TranscribeSource,
  transcribeOptions: TranscribeOptions,
  options?: RequestOptions,
): APIPromise<TranscribeResult> {
  return APIPromise.from(async () => {
    validateInput(transcribeOptionsSchema, transcribeOptions, 'transcribe options');
    checkRequestOptions(options, 'Scriptix transcribe');
    const upload = transcribeOptions.upload ?? 'sas';
    const signal = options?.signal;
    const report = transcribeOptions.onProgress ?? (() => {});
    const sessionInput = Object.fromEntries(
      Object.entries(transcribeOptions).filter(([key, value]) => sessionKeys.includes(key) && value !== undefined),
    ) as ScriptixCreateSessionInput;

    let sessionId: string;
    if (isUrlSource(source)) {
      const url = validateInput(z.strictObject({ url: httpUrlSchema }), source, 'transcribe source').url;
      sessionId = (await calls.sessions.create({ ...sessionInput, media_source: url }, options)).session_id;
    } else if (upload === 'sas') {
      await prepareSasUpload(source, { contentType: transcribeOptions.contentType });
      sessionId = (await calls.sessions.create(sessionInput, options)).session_id;
      const id = sessionId;
      const uploadOptions = {
        contentType: transcribeOptions.contentType,
        onProgress: ({ loaded, total }: { loaded: number; total: number | undefined }) =>
          report({ stage: 'uploading', session_id: id, loaded, total }),
      };
      await uploadViaSas(context, calls.sessions.uploadUrl, id, source, uploadOptions, options);
    } else {
      const refused = notInTusMetadata.filter((key) => transcribeOptions[key as keyof TranscribeOptions] !== undefined);
      if (refused.length > 0) {
        throw new ConfigurationError(
          `Scriptix: ${refused.map((key) => `\`${key}\``).join(', ')} cannot be sent with a TUS upload (no such Upload-Metadata key). Use upload: 'sas'.`,
        );
      }
      const info = await describeSource(source);
      const tusOptions = {
        metadata: tusMetadata(transcribeOptions, info.name, resolveMediaType(info, transcribeOptions.contentType)),
        ...(transcribeOptions.chunkSize === undefined ? {} : { chunkSize: transcribeOptions.chunkSize }),
        ...(transcribeOptions.size === undefined ? {} : { size: transcribeOptions.size }),
        ...(signal === undefined ? {} : { signal }),
        onProgress: ({ loaded, total }: { loaded: number; total: number | undefined }) =>
          report({ stage: 'uploading', session_id: undefined, loaded, total }),
      };
      await prepareTusUpload(source, tusOptions);
      const done = await tusUpload(context, calls.tus, source, tusOptions);
      sessionId = (await calls.tus.getFile(done.fileId, options)).session_id;
    }

    const id = sessionId;
    const waited = await waitUntilDone(
      context,
      calls.sessions.get,
      id,
      {
        interval: transcribeOptions.pollInterval,
        timeout: transcribeOptions.timeout,
        onProgress: (current) => report({ stage: 'processing', session_id: id, status: current.status, session: current }),
      },
      options,
    );
    report({ stage: 'fetching-result', session_id: id });
    const result = await calls.sessions.result(id, options).withResponse();
    report({ stage: 'done', session_id: id });
    const transcript: TranscribeResult = { ...waited.data, ...result.data };
    return respond(context.transport, transcript, result.response);
  });
}
