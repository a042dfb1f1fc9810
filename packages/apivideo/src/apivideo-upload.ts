import { ConfigurationError, type UploadSource } from '@conduit/core';
import { chunkPayload } from './apivideo-chunk-form.js';
import { runChunkedUpload } from './apivideo-chunked-upload.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { multipart } from './apivideo-file.js';
import { bodyOf } from './apivideo-response.js';
import type { Video } from './apivideo-types.js';
import { type ApiVideoUploadOptions, checkUploadOptions, uploadOptionKeys } from './apivideo-upload-options.js';

const label = 'videos.upload';

/**
 * Uploads a video's source to `POST /videos/{videoId}/source` (API key auth), in one request or
 * in `Content-Range` chunks. Each chunk goes through the transport as idempotent in the `upload`
 * bucket: its explicit byte range makes a resend safe, so a failed chunk (a 503, a reset) is
 * retried alone.
 */
export async function uploadVideoSource(
  context: ApiVideoContext,
  videoId: string,
  source: UploadSource,
  options: ApiVideoUploadOptions = {},
): Promise<Video> {
  if (typeof videoId !== 'string' || videoId.trim() === '') {
    throw new ConfigurationError(
      `${label}: videoId must be the id of a video created with videos.create (e.g. "vi4blUQJFrYWbaG44NChkH27").`,
    );
  }
  const chunkSize = checkUploadOptions(options, uploadOptionKeys, label);
  return runChunkedUpload({
    kind: 'video',
    videoId,
    source,
    options,
    chunkSize,
    label,
    // A custom fetch sees every request, so chunks then go through it as Blobs.
    streamFiles: context.options.fetch === undefined,
    send: (request) => {
      const { blob, stream, contentType } = chunkPayload(request, null);
      return bodyOf(
        context.api.POST('/videos/{videoId}/source', {
          params: {
            path: { videoId },
            ...(request.contentRange === undefined ? {} : { header: { 'Content-Range': request.contentRange } }),
          },
          body: multipart(blob),
          // A streamed chunk has no body here: the transport sends `stream` itself.
          bodySerializer: () => blob,
          headers: { 'content-type': contentType },
          fetch: context.transport.with({
            idempotent: request.contentRange !== undefined,
            body: stream,
            signal: request.signal,
            timeout: options.timeout,
          }),
        }),
      );
    },
  });
}
