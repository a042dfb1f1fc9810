import {
  APIPromise,
  type BackoffOptions,
  ConfigurationError,
  callApi,
  checkRequestOptions,
  createTransport,
  none,
  type RateLimitStore,
  type RequestOptions,
  registerSecret,
  type Sleep,
  type UploadSource,
  VERSION,
} from '@conduit/core';
import type { paths } from '@conduit/specs/apivideo';
import createClient from 'openapi-fetch';
import { apivideoBucket } from './apivideo-bucket.js';
import { what } from './apivideo-call.js';
import { chunkPayload } from './apivideo-chunk-form.js';
import { runChunkedUpload } from './apivideo-chunked-upload.js';
import { resolveTarget } from './apivideo-environment.js';
import { parseApiVideoError } from './apivideo-error.js';
import { withEnvironmentHint } from './apivideo-error-hint.js';
import { multipart } from './apivideo-file.js';
import type { ApiVideoEnvironment } from './apivideo-options.js';
import { serializeApiVideoQuery } from './apivideo-query.js';
import { apivideoRateLimitMiddleware } from './apivideo-rate-limit-middleware.js';
import type { Video } from './apivideo-types.js';
import { type ApiVideoUploadOptions, checkUploadOptions, uploadOptionKeys } from './apivideo-upload-options.js';

/**
 * Options of `uploadWithToken`: the upload options plus how to reach the API. No API key is involved.
 * `signal`, `timeout` and the other request options are the function's last argument.
 */
export interface ApiVideoTokenUploadOptions extends ApiVideoUploadOptions {
  /**
   * Total bytes of a `ReadableStream` source whose length is unknown. `POST /upload` needs the total
   * in every `Content-Range`, so a stream larger than one chunk is refused without it.
   */
  size?: number | undefined;
  /** Upload into this existing, empty video (sent as `videoId` with every chunk) instead of creating a new one. */
  videoId?: string | undefined;
  /** `production` (default) or `sandbox`: where the token was created. */
  environment?: ApiVideoEnvironment | undefined;
  /** Base URL of the API; wins over `environment`. */
  baseUrl?: string | undefined;
  /** Custom fetch (looked up on `globalThis` at call time when absent). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Retries per chunk after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Exponential backoff settings. */
  backoff?: BackoffOptions | undefined;
  /** Longest server-requested wait slept through, in milliseconds (default 60000). */
  maxRetryAfter?: number | undefined;
  /** Shared rate-limit state. */
  rateLimitStore?: RateLimitStore | undefined;
  /** `true` logs each attempt (redacted) with `console.debug`, or pass a line sink. */
  debug?: boolean | ((line: string) => void) | undefined;
  /** Clock in epoch milliseconds (tests). */
  now?: (() => number) | undefined;
  /** Sleep between attempts (tests). */
  sleep?: Sleep | undefined;
}

const label = 'uploadWithToken';
const tokenOptionKeys = [
  ...uploadOptionKeys,
  'size',
  'videoId',
  'environment',
  'baseUrl',
  'fetch',
  'maxRetries',
  'backoff',
  'maxRetryAfter',
  'rateLimitStore',
  'debug',
  'now',
  'sleep',
];

/**
 * Delegated upload with an upload token (`POST /upload?token=…`): no API key and no
 * `Authorization` header, so it is safe in browsers and mobile apps. A source larger than the
 * chunk size goes in `Content-Range` chunks; the `videoId` from the first chunk's answer is sent
 * with every later chunk, so all chunks land in one video (the official Node.js client's
 * issue #216 creates one broken video per chunk). Resumable like `videos.upload`.
 *
 * @example
 * ```ts
 * import { uploadWithToken } from '@conduit/apivideo';
 * const file = './clip.mp4'; // a path, Blob, ReadableStream or bytes
 * const video = await uploadWithToken('to1tcmSFHeYY5KzyhOqVKMKb', file, { onProgress: (p) => console.log(p.loaded, p.total) });
 * ```
 */
export function uploadWithToken(
  token: string,
  source: UploadSource,
  options: ApiVideoTokenUploadOptions = {},
  requestOptions?: RequestOptions,
): APIPromise<Video> {
  return APIPromise.from(() => runTokenUpload(token, source, options, requestOptions));
}

async function runTokenUpload(
  token: string,
  source: UploadSource,
  options: ApiVideoTokenUploadOptions,
  requestOptions: RequestOptions | undefined,
) {
  if (typeof token !== 'string' || token.trim() === '' || /\s/.test(token)) {
    throw new ConfigurationError(`${label}: token must be an upload token from uploadTokens.create (e.g. "to1tcmSFHeYY5KzyhOqVKMKb").`);
  }
  registerSecret(token);
  const chunkSize = checkUploadOptions(options, tokenOptionKeys, label);
  const { signal } = checkRequestOptions(requestOptions, label);
  if (options.size !== undefined && (!Number.isSafeInteger(options.size) || options.size < 1)) {
    throw new ConfigurationError(
      `${label}: size must be the stream's total number of bytes (a positive whole number), got ${String(options.size)}.`,
    );
  }
  if (options.videoId !== undefined && (typeof options.videoId !== 'string' || options.videoId.trim() === '')) {
    throw new ConfigurationError(`${label}: videoId must be a non-empty video id.`);
  }
  const { baseUrl, target } = resolveTarget(options.environment, options.baseUrl, label);
  const transport = createTransport({
    provider: 'apivideo',
    auth: none(),
    fetch: options.fetch,
    middleware: [apivideoRateLimitMiddleware],
    maxRetries: options.maxRetries,
    backoff: options.backoff,
    maxRetryAfter: options.maxRetryAfter,
    rateLimitStore: options.rateLimitStore,
    debug: options.debug,
    now: options.now,
    sleep: options.sleep,
    parseError: withEnvironmentHint(parseApiVideoError, target, 'upload token'),
    bucket: apivideoBucket,
    userAgent: `conduit-apivideo/${VERSION}`,
  });
  const api = createClient<paths>({ baseUrl, fetch: transport, querySerializer: serializeApiVideoQuery });
  return runChunkedUpload({
    kind: 'token',
    videoId: options.videoId,
    source,
    options,
    chunkSize,
    label,
    // A custom fetch sees every request, so chunks then go through it as Blobs.
    streamFiles: options.fetch === undefined,
    declaredSize: options.size,
    totalRequired: true,
    signal,
    send: (request) => {
      const { blob, stream, contentType } = chunkPayload(request, request.videoId);
      return callApi<Video>(transport, {
        label,
        // Only a later chunk (its range and videoId fixed) is safe to resend: a resent first chunk may
        // create a second video, whatever the caller's `idempotent` says.
        options: { ...requestOptions, idempotent: request.contentRange !== undefined && request.videoId !== null },
        // A streamed chunk has no body in the request: the transport sends `stream` itself.
        defaults: { body: stream },
        send: (fetch) =>
          api.POST('/upload', {
            params: {
              query: { token },
              ...(request.contentRange === undefined ? {} : { header: { 'Content-Range': request.contentRange } }),
            },
            body: multipart(blob),
            bodySerializer: () => blob,
            headers: { 'content-type': contentType },
            fetch,
          }),
        read: { what: what(label) },
      }).withResponse();
    },
  });
}
