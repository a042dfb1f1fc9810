import {
  APIPromise,
  checkRequestOptions,
  pollUntil,
  type RequestOptions,
  ResponseValidationError,
  type UploadSource,
  uploadToSignedUrl,
} from '@conduit/core';
import * as z from 'zod/mini';
import { checkOptions } from './hesedvid-check-options.js';
import type { HesedVidContext } from './hesedvid-context.js';
import {
  getVideoStatus,
  type HesedVidProcessingStatus,
  type HesedVidReportedStatus,
  isFinalStatus,
  startProcessing,
} from './hesedvid-processing.js';
import { requireEnvironment } from './hesedvid-require-environment.js';
import type { HesedVidContentType } from './hesedvid-types.js';
import { describeUploadFile } from './hesedvid-upload-input.js';
import { createUploadUrl, type HesedVidVideoConfig, pickFileName, videoConfigOf, videoConfigShape } from './hesedvid-upload-url.js';

/** Progress of `videos.upload`: bytes sent, then each processing status read. */
export type HesedVidUploadProgress =
  | {
      /** Bytes are being sent. */
      stage: 'uploading';
      /** The video being uploaded (HesedVid's `videoID`). */
      videoID: string;
      /** Bytes sent so far. */
      loaded: number;
      /** Bytes in all, when known. */
      total: number | undefined;
    }
  | {
      /** The file is uploaded; HesedVid is processing it. */
      stage: 'processing';
      /** The video being processed (HesedVid's `videoID`). */
      videoID: string;
      /** The status just read. */
      status: HesedVidReportedStatus;
    };

/** Options of `videos.upload`. Durations are milliseconds. */
export interface HesedVidUploadOptions extends HesedVidVideoConfig {
  /** File name with extension (default: the path's or File's name). */
  fileName?: string | undefined;
  /** @deprecated The REST reference's spelling; use `fileName`. */
  filename?: string | undefined;
  /** MIME type the URL is signed for and the PUT sends (default: from the File or the extension). */
  contentType?: HesedVidContentType | undefined;
  /** Size in bytes; required only for a `ReadableStream` source. */
  fileSize?: number | undefined;
  /** Environment ID or slug; overrides the client's `environment`. */
  environment?: string | undefined;
  /** Called as bytes are sent and on every status poll. */
  onProgress?: ((progress: HesedVidUploadProgress) => void) | undefined;
  /** Aborts the upload, the processing start and the polling. */
  signal?: AbortSignal | undefined;
  /** Poll until `ready` or `failed` (default `true`); `false` returns right after processing starts. */
  waitUntilReady?: boolean | undefined;
  /** Wait between status polls in milliseconds (default 5000; polls count against the 1,000/h video bucket). */
  pollInterval?: number | undefined;
  /** Give up waiting for `ready` after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
}

/**
 * What `videos.upload` ends with: the video's processing status as HesedVid reports it
 * (`VideoStatusResult`: `videoID`, `status`). `status` is `failed` when HesedVid could not process the file.
 */
export type HesedVidUploadResult = HesedVidProcessingStatus;

const callback = <T>() => z.custom<T>((value) => typeof value === 'function', 'must be a function');
const positive = z.optional(z.number('must be a number of milliseconds').check(z.positive('must be a positive number of milliseconds')));

const uploadShape = {
  ...videoConfigShape,
  fileName: z.optional(z.string('must be a string').check(z.minLength(1, 'must not be empty'))),
  filename: z.optional(z.string('must be a string').check(z.minLength(1, 'must not be empty'))),
  contentType: z.optional(z.string('must be a string')),
  fileSize: z.optional(z.int('must be a whole number of bytes').check(z.minimum(0, 'must be 0 or more'))),
  environment: z.optional(z.string('must be a string').check(z.minLength(1, 'must not be empty'))),
  onProgress: z.optional(callback<(progress: HesedVidUploadProgress) => void>()),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'must be an AbortSignal')),
  waitUntilReady: z.optional(z.boolean('must be true or false')),
  pollInterval: positive,
  timeout: positive,
};

/**
 * The whole upload: request a signed URL, PUT the bytes to it (no API key), start processing,
 * then poll the status until `ready` or `failed`. Every option and the file itself are checked
 * before the first request; `.withResponse()` describes the last HesedVid answer.
 */
export function uploadVideo(
  context: HesedVidContext,
  source: UploadSource,
  options?: HesedVidUploadOptions,
  requestOptions?: RequestOptions,
): APIPromise<HesedVidUploadResult> {
  return APIPromise.from(async () => {
    const label = 'videos.upload';
    const parsed = checkOptions(uploadShape, options, label);
    const checked = checkRequestOptions(requestOptions, label);
    const environment = requireEnvironment(context, parsed.environment, label);
    const file = await describeUploadFile(
      source,
      { fileName: pickFileName(parsed.fileName, parsed.filename, label), contentType: parsed.contentType, fileSize: parsed.fileSize },
      label,
    );
    const signal = parsed.signal ?? checked.signal;
    const call: RequestOptions = { ...checked, signal };
    const onProgress = parsed.onProgress;

    const videoConfig = videoConfigOf(parsed, label);
    const issued = await createUploadUrl(
      context,
      { ...videoConfig, environment, fileName: file.fileName, fileSize: file.size, contentType: file.contentType },
      call,
    ).withResponse();
    const videoID = issued.data.videoID;
    if (typeof videoID !== 'string' || videoID === '') {
      throw new ResponseValidationError(
        'HesedVid answered upload-url without a `videoID` (the REST reference response shape), so processing could not be started or polled; the file was not uploaded. Try the upload again.',
        { status: issued.response.status, body: '{"videoID":null}', url: issued.response.url },
      );
    }

    await uploadToSignedUrl(issued.data.signedURL, source, {
      contentType: file.contentType,
      signal,
      fetch: context.fetch,
      provider: 'hesedvid',
      onProgress: (progress) => onProgress?.({ stage: 'uploading', videoID, ...progress }),
    });

    const started = await startProcessing(context, videoID, call).withResponse();
    if (parsed.waitUntilReady === false || isFinalStatus(started.data.status)) {
      return started;
    }
    return pollUntil((pollSignal) => getVideoStatus(context, videoID, { ...call, signal: pollSignal ?? signal }).withResponse(), {
      isDone: (answer) => isFinalStatus(answer.data.status),
      interval: parsed.pollInterval ?? 5000,
      timeout: parsed.timeout,
      signal,
      onProgress: (answer) => onProgress?.({ stage: 'processing', videoID, status: answer.data.status }),
      now: context.now,
      sleep: context.sleep,
    });
  });
}
