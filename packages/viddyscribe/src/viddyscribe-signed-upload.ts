import { type APIResponse, callApi, type RequestOptions, type UploadSource, uploadToSignedUrl } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import type { ViddyScribeContext } from './viddyscribe-context.js';
import { uploadPendingSchema } from './viddyscribe-response-schemas.js';
import { type TimeBudget, withinBudget } from './viddyscribe-time-budget.js';
import type { MediaUploadOptions, UploadedMedia } from './viddyscribe-upload-options.js';
import { waitForUpload } from './viddyscribe-upload-wait.js';

type PendingUpload = components['schemas']['UploadMediaPendingUpload'];

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
 * until verified. Resolves to the verified media, whose `media_id` is the canonical id when the
 * service de-duplicated the upload.
 */
export async function uploadSigned(
  context: ViddyScribeContext,
  source: { source: UploadSource; size: number | undefined; filename: string; contentType: string },
  upload: MediaUploadOptions,
  options: RequestOptions,
  budget: TimeBudget,
): Promise<APIResponse<UploadedMedia>> {
  const label = 'ViddyScribe media.upload';
  const { onProgress } = upload;
  const { data: pending } = await callApi<PendingUpload>(context.transport, {
    label,
    options: withinBudget(options, budget),
    send: (fetch) =>
      context.api.POST('/upload_media', {
        body: { input: { type: 'signed_url', filename: source.filename, content_type: source.contentType } },
        fetch,
      }),
    read: { what: 'ViddyScribe upload_media (signed_url)', schema: uploadPendingSchema },
  }).withResponse();
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
  await callApi(context.transport, {
    label,
    // Telling the service twice that the same object is in place is harmless: safe to retry.
    defaults: { idempotent: true },
    options: withinBudget(options, budget),
    send: (fetch) =>
      context.api.POST('/notify_upload_complete', { body: { media_id: pending.media_id, gcs_path: pending.gcs_path }, fetch }),
    // The answer is not documented: any 2xx will do.
    read: () => undefined,
  }).withResponse();
  const verified = await waitForUpload(
    context,
    'media.upload',
    pending.media_id,
    pending.gcs_path,
    {
      interval: upload.interval,
      timeout: budget.remaining(),
      onProgress: (status) => onProgress?.({ phase: 'verifying', loaded: total, total, uploadStatus: status.upload_status }),
    },
    options,
  );
  const canonical = verified.data.canonical_media_id;
  const deduplicated = canonical !== undefined && canonical !== pending.media_id;
  const media: UploadedMedia = {
    media_id: deduplicated ? canonical : pending.media_id,
    gcs_path: pending.gcs_path,
    upload_status: verified.data.upload_status,
    ...(deduplicated ? { canonical_media_id: canonical } : {}),
  };
  return { ...verified, data: media };
}
