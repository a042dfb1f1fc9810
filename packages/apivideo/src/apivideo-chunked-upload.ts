import { type APIResponse, ConduitError, ConfigurationError, describeSource, RequestAbortedError, type UploadSource } from '@conduit/core';
import { uploadChunks } from './apivideo-chunk-source.js';
import type { Video } from './apivideo-types.js';
import { ApiVideoUploadError } from './apivideo-upload-error.js';
import { type ApiVideoUploadOptions, apivideoUploadLimits, checkSourceSize } from './apivideo-upload-options.js';
import { type ApiVideoUploadState, checkResumeState } from './apivideo-upload-state.js';

/** One request of an upload: its bytes or file range, its `Content-Range` (absent for a one-request upload) and the target video. */
export interface ApiVideoChunkRequest {
  /** The chunk's bytes, when they were read into memory. */
  bytes?: Uint8Array | undefined;
  /** The file range to stream from disk instead of `bytes` (file paths in Node). */
  file?:
    | {
        /** File path. */
        path: string;
        /** First byte of the chunk. */
        start: number;
        /** Byte after the chunk's last. */
        end: number;
      }
    | undefined;
  /** `bytes <from>-<to>/<total|*>`, or `undefined` when the whole source goes in one request. */
  contentRange: string | undefined;
  /** The video to append to (`null` before a delegated upload's first answer). */
  videoId: string | null;
  /** File name sent with the multipart part. */
  fileName: string;
  /** Content type of the part. */
  contentType: string;
  /** Aborts this chunk's request. */
  signal: AbortSignal | undefined;
}

/** What the shared chunk loop needs from one upload flavour. */
export interface ChunkedUploadPlan {
  kind: 'video' | 'token';
  /** The target video when known before the first chunk. */
  videoId: string | undefined;
  source: UploadSource;
  options: ApiVideoUploadOptions;
  chunkSize: number;
  label: string;
  /** Stream file-path chunks from disk per attempt (false when a custom fetch must see every request). */
  streamFiles: boolean;
  /** The source's size in bytes as the caller declared it (a stream of unknown length). */
  declaredSize?: number | undefined;
  /**
   * Where the spec's `Content-Range` pattern has no `*` total (`POST /upload`): a chunked upload of a
   * source of unknown size is refused before anything is sent, naming what to pass instead.
   */
  totalRequired?: boolean | undefined;
  /** Stops the upload (the caller's request option). */
  signal: AbortSignal | undefined;
  /** Sends one chunk and returns the video the API answered with, and its response. */
  send(request: ApiVideoChunkRequest): Promise<APIResponse<Video>>;
}

function stoppedMessage(state: ApiVideoUploadState, aborted: boolean): string {
  const total = state.total === null ? 'an unknown number of' : String(state.total);
  const target = state.videoId ?? 'a new video';
  return `Upload to ${target} ${aborted ? 'was aborted' : 'failed'} after ${state.chunksSent} chunk(s): ${state.offset} of ${total} bytes acknowledged. Pass { resume: error.state } to continue.`;
}

/**
 * The chunk loop shared by `videos.upload` and `uploadWithToken`: a source up to `chunkSize`
 * goes in one request; a larger one in `Content-Range: bytes a-b/total` chunks (`/*` while a
 * stream's size is unknown, the real total on its last chunk), read one chunk at a time with
 * core `readChunks` (a file path is streamed from disk per attempt instead). Progress follows
 * each acknowledged chunk; a failure or abort throws `ApiVideoUploadError` with the state to
 * resume from.
 */
export async function runChunkedUpload(plan: ChunkedUploadPlan): Promise<APIResponse<Video>> {
  const { options, chunkSize, label, signal } = plan;
  const described = await describeSource(plan.source);
  const info = { ...described, size: described.size ?? plan.declaredSize };
  if (info.size !== undefined) {
    checkSourceSize(info.size, chunkSize, label);
  }
  const state: ApiVideoUploadState = options.resume
    ? checkResumeState(options.resume, { kind: plan.kind, videoId: plan.videoId, size: info.size, label })
    : { kind: plan.kind, videoId: plan.videoId ?? null, offset: 0, total: info.size ?? null, chunkSize, chunksSent: 0 };
  const fileName = options.fileName ?? info.name ?? 'video';
  const contentType = info.type ?? 'application/octet-stream';
  let answer: APIResponse<Video> | undefined;
  try {
    for await (const chunk of uploadChunks(plan.source, info.size, chunkSize, state.offset, plan.streamFiles)) {
      if (signal?.aborted) {
        throw new RequestAbortedError('The upload was aborted by the caller', { cause: signal.reason });
      }
      const length = chunk.length;
      if (length === 0) {
        throw new ConfigurationError(`${label}: the source is empty (0 bytes); api.video refuses empty files.`);
      }
      if (state.chunksSent >= apivideoUploadLimits.maxParts) {
        throw new ConfigurationError(
          `${label}: the source needs more than ${apivideoUploadLimits.maxParts} parts; use a larger chunkSize.`,
        );
      }
      const end = chunk.offset + length - 1;
      const single = chunk.offset === 0 && chunk.last && state.chunksSent === 0;
      const total = info.size ?? (chunk.last ? end + 1 : undefined);
      if (!single && total === undefined && plan.totalRequired) {
        throw new ConfigurationError(
          `${label}: this stream's length is unknown and it is larger than one chunk, but POST /upload needs the total size in every Content-Range (bytes a-b/total, no '*'). Pass { size: <total bytes> }, or a file path, Blob or File instead of the stream.`,
        );
      }
      if (plan.declaredSize !== undefined && (end + 1 > plan.declaredSize || (chunk.last && end + 1 !== plan.declaredSize))) {
        throw new ConfigurationError(
          `${label}: the stream holds ${chunk.last ? end + 1 : 'more than'} bytes, not the declared size ${plan.declaredSize}.`,
        );
      }
      answer = await plan.send({
        bytes: chunk.bytes,
        file: chunk.file,
        contentRange: single ? undefined : `bytes ${chunk.offset}-${end}/${total ?? '*'}`,
        videoId: state.videoId,
        fileName,
        contentType,
        signal,
      });
      state.videoId ??= answer.data.videoId;
      state.offset = end + 1;
      state.chunksSent += 1;
      if (total !== undefined) {
        state.total = total;
      }
      options.onProgress?.({ loaded: state.offset, total: state.total ?? undefined, chunks: state.chunksSent, state: { ...state } });
    }
  } catch (error) {
    if (ConfigurationError.isInstance(error) && state.chunksSent === 0 && state.offset === 0) {
      throw error;
    }
    const aborted = RequestAbortedError.isInstance(error) || signal?.aborted === true;
    throw new ApiVideoUploadError(stoppedMessage(state, aborted), state, {
      cause: error,
      aborted,
      retryable: aborted || (ConduitError.isInstance(error) && error.retryable),
    });
  }
  if (answer === undefined) {
    throw new ConfigurationError(`${label}: the source ended before byte ${state.offset} given by \`resume\`; pass the same source.`);
  }
  return answer;
}
