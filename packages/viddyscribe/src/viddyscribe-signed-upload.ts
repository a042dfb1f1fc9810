import { type UploadSource, uploadToSignedUrl } from '@conduit/core';
import { callFetch, type ViddyScribeContext } from './viddyscribe-context.js';
import { readData, uploadPendingSchema } from './viddyscribe-response.js';
import type { TimeBudget } from './viddyscribe-time-budget.js';
import type { MediaUploadOptions, UploadedMedia } from './viddyscribe-upload-options.js';
import { waitForUpload } from './viddyscribe-upload-wait.js';

interface PendingUpload {
  media_id: string;
  upload_url: string;
  gcs_path: string;
  content_type?: string | null;
}

/** Counts the bytes of a stream as they are read, for progress on sources of unknown size. */
function countStream(stream: ReadableStream<Uint8Array>, onBytes: (loaded: number) => void): ReadableStream<Uint8Array> {
  let loaded = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onBytes(loaded);
        controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * The large-file flow: request a signed URL (`upload_media` with `signed_url`), PUT the bytes with
 * exactly the declared `Content-Type`, `notify_upload_complete`, then poll `get_upload_status`
 * until verified. Uses the canonical media id when the service de-duplicated the upload.
 */
export async function uploadSigned(
  context: ViddyScribeContext,
  source: { source: UploadSource; size: number | undefined; filename: string; contentType: string },
  options: MediaUploadOptions,
  budget: TimeBudget,
): Promise<UploadedMedia> {
  const { signal, onProgress } = options;
  const requested = await context.api.POST('/upload_media', {
    body: { input: { type: 'signed_url', filename: source.filename, content_type: source.contentType } },
    fetch: callFetch(context, { signal, idempotent: options.idempotent, deadline: budget.remaining() }),
  });
  const pending = readData<PendingUpload>(requested, uploadPendingSchema, 'upload_media (signed_url)');
  // The signature covers the content type: send the one the service echoes, which is the one declared.
  const contentType = pending.content_type || source.contentType;
  let loaded = 0;
  const report = (bytes: number, total: number | undefined) => {
    loaded = bytes;
    onProgress?.({ phase: 'uploading', loaded: bytes, total });
  };
  // Only streams have no size up front; count their bytes as they pass (core reports them only at the end).
  const streamed = source.size === undefined;
  const body = streamed ? countStream(source.source as ReadableStream<Uint8Array>, (bytes) => report(bytes, undefined)) : source.source;
  await budget.guard((transferSignal) =>
    uploadToSignedUrl(pending.upload_url, body, {
      contentType,
      provider: 'viddyscribe',
      signal: transferSignal,
      ...(context.fetch ? { fetch: context.fetch } : {}),
      onProgress: (progress) => {
        if (!streamed) {
          report(progress.loaded, source.size);
        }
      },
    }),
  );
  const total = source.size ?? loaded;
  await context.api.POST('/notify_upload_complete', {
    body: { media_id: pending.media_id, gcs_path: pending.gcs_path },
    // Telling the service twice that the same object is in place is harmless: safe to retry.
    fetch: callFetch(context, { signal, idempotent: true, deadline: budget.remaining() }),
  });
  const status = await waitForUpload(context, pending.media_id, pending.gcs_path, {
    interval: options.interval,
    timeout: budget.remaining(),
    signal,
    onProgress: ({ uploadStatus }) => onProgress?.({ phase: 'verifying', loaded: total, total, uploadStatus }),
  });
  const canonical = status.canonical_media_id && status.canonical_media_id !== pending.media_id ? status.canonical_media_id : undefined;
  return {
    mediaId: canonical ?? pending.media_id,
    method: 'signed-url',
    gcsPath: pending.gcs_path,
    uploadedMediaId: canonical === undefined ? undefined : pending.media_id,
  };
}
