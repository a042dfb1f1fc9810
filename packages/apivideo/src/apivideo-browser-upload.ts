import {
  ConduitError,
  ConfigurationError,
  computeBackoff,
  defaultSleep,
  type ErrorBodyParser,
  RateLimitError,
  RequestAbortedError,
  sendUpload,
} from '@conduit/core';
import type { components } from '@conduit/specs/apivideo';
import { ApiVideoUploadError, type ApiVideoUploadState } from './apivideo-browser-upload-error.js';

/** The `video` api.video answers an upload with. */
export type ApiVideoUploadedVideo = components['schemas']['Video'];

/** Progress of `uploadWithToken`: bytes sent so far, and the resumable state after the last acknowledged chunk. */
export interface ApiVideoBrowserUploadProgress {
  /** Bytes sent so far (within the current chunk too). */
  loaded: number;
  /** The file's size in bytes. */
  total: number;
  /** Chunks acknowledged so far. */
  chunks: number;
  /** Resumable state after the last acknowledged chunk (a copy). */
  state: ApiVideoUploadState;
}

/** Options of the browser `uploadWithToken`. Durations are milliseconds. */
export interface ApiVideoBrowserUploadOptions {
  /** Upload into this existing, empty video (sent as `videoId` with every chunk) instead of a new one. */
  videoId?: string | undefined;
  /** Bytes per request, 5 MiB to 200 MiB (default 50 MiB); a file up to this size goes in one request. */
  chunkSize?: number | undefined;
  /** Called as bytes are sent and after each acknowledged chunk. */
  onProgress?: ((progress: ApiVideoBrowserUploadProgress) => void) | undefined;
  /** Stops the upload; the thrown `ApiVideoUploadError` carries the state to resume from. */
  signal?: AbortSignal | undefined;
  /** State from a stopped upload of the same file, to continue where it stopped. */
  resume?: ApiVideoUploadState | undefined;
  /** File name sent with the chunks (default: the File's name, else `video`). */
  fileName?: string | undefined;
  /** Per-request timeout in milliseconds (default: no limit). */
  timeout?: number | undefined;
  /** Retries per chunk after a connection failure, timeout, 429 or 5xx (default 2). */
  maxRetries?: number | undefined;
  /** `production` (default) or `sandbox`: where the token was created. */
  environment?: 'production' | 'sandbox' | undefined;
  /** Base URL of the API; wins over `environment`. */
  baseUrl?: string | undefined;
}

const mebibyte = 1_048_576;

/** api.video problem details: the `type` URL's last segment is the code; the wait is in `X-RateLimit-Retry-After` (seconds). */
const parseError: ErrorBodyParser = (body, { headers }) => ({
  code: (body as { type?: string } | undefined)?.type?.split('/').pop(),
  retryAfterMs: Number(headers.get('x-ratelimit-retry-after')) * 1000 || undefined,
});

function checkInput(token: string, file: Blob, chunkSize: number, resume: ApiVideoUploadState | undefined): void {
  const problem =
    typeof token !== 'string' || !/^\S+$/.test(token)
      ? 'token must be an upload token from uploadTokens.create'
      : !(file instanceof Blob) || file.size === 0
        ? 'file must be a non-empty File or Blob'
        : !(Number.isInteger(chunkSize) && chunkSize >= 5 * mebibyte && chunkSize <= 200 * mebibyte)
          ? `chunkSize must be a whole number of bytes from 5 MiB to 200 MiB, got ${chunkSize}`
          : resume && (resume.kind !== 'token' || resume.total !== file.size || !(resume.offset < file.size))
            ? '`resume` is not the state of a delegated upload of this file'
            : undefined;
  if (problem) {
    throw new ConfigurationError(`uploadWithToken: ${problem}.`);
  }
}

/** Sends one chunk, repeating it on a retryable failure only when the API cannot store it twice. */
async function sendChunk(
  url: string,
  form: FormData,
  headers: Record<string, string>,
  state: ApiVideoUploadState,
  options: ApiVideoBrowserUploadOptions,
  onBytes: (loaded: number, total?: number) => void,
): Promise<ApiVideoUploadedVideo> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await sendUpload(url, {
        method: 'POST',
        headers,
        body: form,
        onProgress: ({ loaded, total }) => onBytes(loaded, total),
        signal: options.signal,
        timeout: options.timeout,
        provider: 'apivideo',
        parseError,
      });
      return (await response.json()) as ApiVideoUploadedVideo;
    } catch (error) {
      // With a videoId a repeated range is accepted once; without one only a 429 proves nothing was stored.
      const limited = RateLimitError.isInstance(error);
      if (attempt > (options.maxRetries ?? 2) || !(ConduitError.isInstance(error) && error.retryable) || !(state.videoId || limited)) {
        throw error;
      }
      await defaultSleep(Math.min((limited && error.retryAfterMs) || computeBackoff(attempt), 60_000), options.signal);
    }
  }
}

/**
 * Delegated upload from a browser with an upload token your server created
 * (`uploadTokens.create`): `POST /upload?token=…`, no API key and no `Authorization` header. A
 * file larger than `chunkSize` goes in `Content-Range: bytes a-b/total` chunks, each sent with the
 * `videoId` the first chunk's answer returned, so every chunk lands in one video. Progress is
 * reported as bytes leave; a failure or abort throws `ApiVideoUploadError`, whose `state` resumes
 * the upload (`{ resume: error.state }`). Retryable failures are retried per chunk.
 *
 * @example
 * ```ts
 * import { uploadWithToken } from '@conduit/apivideo/browser';
 * declare const input: HTMLInputElement;
 * declare function show(fraction: number): void;
 * const { token } = await (await fetch('/api/apivideo/upload-token', { method: 'POST' })).json();
 * const video = await uploadWithToken(token, input.files![0]!, { onProgress: ({ loaded, total }) => show(loaded / total) });
 * ```
 */
export async function uploadWithToken(
  token: string,
  file: Blob,
  options: ApiVideoBrowserUploadOptions = {},
): Promise<ApiVideoUploadedVideo> {
  const { resume } = options;
  const chunkSize = options.chunkSize ?? resume?.chunkSize ?? 50 * mebibyte;
  checkInput(token, file, chunkSize, resume);
  const size = file.size;
  const state: ApiVideoUploadState = resume
    ? { ...resume, chunkSize }
    : { kind: 'token', videoId: options.videoId ?? null, offset: 0, total: size, chunkSize, chunksSent: 0 };
  const base = options.baseUrl ?? `https://${options.environment === 'sandbox' ? 'sandbox' : 'ws'}.api.video`;
  const url = `${base}/upload?token=${encodeURIComponent(token)}`;
  const name = options.fileName ?? ((file as Partial<File>).name || 'video');
  const report = (loaded: number) => options.onProgress?.({ loaded, total: size, chunks: state.chunksSent, state: { ...state } });
  let video: ApiVideoUploadedVideo | undefined;
  try {
    while (state.offset < size) {
      const from = state.offset;
      const to = Math.min(size, from + chunkSize);
      const form = new FormData();
      if (state.videoId) {
        form.append('videoId', state.videoId);
      }
      form.append('file', file.slice(from, to), name);
      const range: Record<string, string> = from === 0 && to === size ? {} : { 'content-range': `bytes ${from}-${to - 1}/${size}` };
      video = await sendChunk(url, form, range, state, options, (loaded, total) =>
        report(from + Math.floor(((to - from) * loaded) / (total || loaded || 1))),
      );
      state.videoId ??= video.videoId;
      state.offset = to;
      state.chunksSent++;
      report(to);
    }
  } catch (error) {
    const aborted = RequestAbortedError.isInstance(error) || options.signal?.aborted === true;
    throw new ApiVideoUploadError(
      `Upload to ${state.videoId ?? 'a new video'} ${aborted ? 'was aborted' : 'failed'} after ${state.chunksSent} chunk(s): ${state.offset} of ${size} bytes acknowledged. Pass { resume: error.state } to continue.`,
      state,
      { cause: error, aborted, retryable: aborted || (ConduitError.isInstance(error) && error.retryable) },
    );
  }
  return video as ApiVideoUploadedVideo;
}
