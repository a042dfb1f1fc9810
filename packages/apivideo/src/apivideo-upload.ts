import { APIPromise, ConfigurationError, callApi, checkRequestOptions, type RequestOptions, type UploadSource } from '@conduit/core';
import { what } from './apivideo-call.js';
import { chunkPayload } from './apivideo-chunk-form.js';
import { runChunkedUpload } from './apivideo-chunked-upload.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { multipart } from './apivideo-file.js';
import type { Video } from './apivideo-types.js';
import { type ApiVideoUploadOptions, checkUploadOptions, uploadOptionKeys } from './apivideo-upload-options.js';

const label = 'videos.upload';

/**
 * Uploads a video's source to `POST /videos/{videoId}/source` (API key auth), in one request or
 * in `Content-Range` chunks. Each chunk goes through the transport as idempotent in the `upload`
 * bucket: its explicit byte range makes a resend safe, so a failed chunk (a 503, a reset) is
 * retried alone. Resolves to the video of the last chunk's answer, with that response.
 */
export function uploadVideoSource(
  context: ApiVideoContext,
  videoId: string,
  source: UploadSource,
  upload: ApiVideoUploadOptions = {},
  options?: RequestOptions,
): APIPromise<Video> {
  return APIPromise.from(async () => {
    if (typeof videoId !== 'string' || videoId.trim() === '') {
      throw new ConfigurationError(
        `${label}: videoId must be the id of a video created with videos.create (e.g. "vi4blUQJFrYWbaG44NChkH27").`,
      );
    }
    const chunkSize = checkUploadOptions(upload, uploadOptionKeys, label);
    const { signal } = checkRequestOptions(options, label);
    return runChunkedUpload({
      kind: 'video',
      videoId,
      source,
      options: upload,
      chunkSize,
      label,
      signal,
      // A custom fetch sees every request, so chunks then go through it as Blobs.
      streamFiles: context.options.fetch === undefined,
      send: (request) => {
        const { blob, stream, contentType } = chunkPayload(request, null);
        return callApi<Video>(context.transport, {
          label,
          // A chunk's explicit byte range makes a resend safe; a one-request upload stays as the API treats it.
          options: { ...options, idempotent: request.contentRange !== undefined },
          // A streamed chunk has no body in the request: the transport sends `stream` itself.
          defaults: { body: stream },
          send: (fetch) =>
            context.api.POST('/videos/{videoId}/source', {
              params: {
                path: { videoId },
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
  });
}
