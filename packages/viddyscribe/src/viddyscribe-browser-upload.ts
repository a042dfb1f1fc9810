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
 * API key. Resolves with the grant's `media_id` and `gcs_path`, which your server passes to
 * `notify_upload_complete` (then `media.waitForUpload`).
 *
 * @example
 * ```ts
 * import { uploadToViddyScribe } from '@conduit/viddyscribe/browser';
 * declare const file: File;
 * declare function show(loaded: number): void;
 * const grant = await (await fetch('/api/viddyscribe/upload', { method: 'POST', body: file.name })).json();
 * const { media_id, gcs_path } = await uploadToViddyScribe(grant, file, { onProgress: ({ loaded }) => show(loaded) });
 * await fetch('/api/viddyscribe/notify', { method: 'POST', body: JSON.stringify({ media_id, gcs_path }) });
 * ```
 */
export async function uploadToViddyScribe(
  upload: ViddyScribeSignedUpload,
  file: Blob,
  options: ViddyScribeBrowserUploadOptions = {},
): Promise<Partial<Pick<components['schemas']['UploadMediaPendingUpload'], 'media_id' | 'gcs_path'>>> {
  await uploadBlobToSignedUrl(upload.upload_url, file, {
    contentType: upload.content_type || file.type,
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
    provider: 'viddyscribe',
  });
  return {
    ...(upload.media_id === undefined ? {} : { media_id: upload.media_id }),
    ...(upload.gcs_path === undefined ? {} : { gcs_path: upload.gcs_path }),
  };
}
