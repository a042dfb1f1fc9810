import { type UploadProgress, uploadBlobToSignedUrl } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';

/** What your server hands the page: the `upload_media` (`signed_url`) answer, or at least its URL and content type. */
export type ViddyScribeSignedUpload = Pick<components['schemas']['UploadMediaPendingUpload'], 'upload_url' | 'content_type'> &
  Partial<Pick<components['schemas']['UploadMediaPendingUpload'], 'media_id' | 'gcs_path'>>;

/** Options of `uploadToViddyScribe`. Durations are milliseconds. */
export interface ViddyScribeBrowserUploadOptions {
  /** Called as bytes are sent. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts the upload with `RequestAbortedError`. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
}

/**
 * PUTs a `File`/`Blob` to the GCS signed URL from ViddyScribe's `upload_media` (`signed_url`) with
 * exactly the declared `Content-Type` (the signature covers it), with progress and abort and no
 * API key. Resolves with the media id and GCS path your server passes to `notify_upload_complete`
 * (then `media.waitForUpload`).
 *
 * @example
 * ```ts
 * import { uploadToViddyScribe } from '@conduit/viddyscribe/browser';
 * declare const file: File;
 * declare function show(loaded: number): void;
 * const grant = await (await fetch('/api/viddyscribe/upload', { method: 'POST', body: file.name })).json();
 * const { mediaId, gcsPath } = await uploadToViddyScribe(grant, file, { onProgress: ({ loaded }) => show(loaded) });
 * await fetch('/api/viddyscribe/notify', { method: 'POST', body: JSON.stringify({ mediaId, gcsPath }) });
 * ```
 */
export async function uploadToViddyScribe(
  upload: ViddyScribeSignedUpload,
  file: Blob,
  options: ViddyScribeBrowserUploadOptions = {},
): Promise<{
  /** The grant's media id, for `notify_upload_complete`. */
  mediaId: string | undefined;
  /** The grant's storage path, for `notify_upload_complete`. */
  gcsPath: string | undefined;
  /** Bytes sent. */
  size: number;
}> {
  await uploadBlobToSignedUrl(upload.upload_url, file, {
    contentType: upload.content_type || file.type,
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
    provider: 'viddyscribe',
  });
  return { mediaId: upload.media_id, gcsPath: upload.gcs_path, size: file.size };
}
