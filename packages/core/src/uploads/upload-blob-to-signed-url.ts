import { parseStorageError } from './parse-storage-error.js';
import { sendUpload } from './send-upload.js';
import type { UploadProgress } from './upload-to-signed-url.js';

/** Options of `uploadBlobToSignedUrl`. Durations are milliseconds. */
export interface BlobUploadOptions {
  /** HTTP method the URL was signed for (default `PUT`). */
  method?: 'PUT' | 'POST' | undefined;
  /** `Content-Type` the URL was signed with (default: the Blob's own type, when it has one). */
  contentType?: string | undefined;
  /** Extra headers the signature requires (e.g. `x-ms-blob-type: BlockBlob` for Azure SAS). */
  headers?: Record<string, string> | undefined;
  /** Called as bytes are sent. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts the upload with `RequestAbortedError`. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
  /** Provider id for errors (default `signed-url`). */
  provider?: string | undefined;
}

/**
 * The browser-safe signed-URL upload: one `PUT` of a `Blob`/`File` to a pre-signed URL with upload
 * progress, abort and typed errors, and no API key. Unlike `uploadToSignedUrl` it never reaches for
 * a Node module, so bundlers leave `node:` code out. Storage error bodies (GCS, Azure, S3 XML)
 * become the error's `code` and message.
 *
 * @example
 * ```ts
 * import { uploadBlobToSignedUrl } from '@conduit/core';
 *
 * declare const signedUrl: string;
 * declare const file: Blob;
 * declare function show(loaded: number, total: number | undefined): void;
 * await uploadBlobToSignedUrl(signedUrl, file, { contentType: 'video/mp4', onProgress: ({ loaded, total }) => show(loaded, total) });
 * ```
 */
export async function uploadBlobToSignedUrl(
  url: string,
  blob: Blob,
  options: BlobUploadOptions = {},
): Promise<{
  /** The storage service's 2xx status. */
  status: number;
  /** Its answer headers (e.g. `ETag`). */
  headers: Headers;
}> {
  const contentType = options.contentType ?? (blob.type || undefined);
  let loaded = -1;
  const response = await sendUpload(url, {
    method: options.method ?? 'PUT',
    headers: { ...options.headers, ...(contentType ? { 'content-type': contentType } : {}) },
    body: blob,
    onProgress: (progress) => {
      loaded = progress.loaded;
      options.onProgress?.(progress);
    },
    signal: options.signal,
    timeout: options.timeout,
    provider: options.provider,
    parseError: parseStorageError,
  });
  // Browsers may skip the last progress event of a small body: always end on the whole size.
  if (loaded !== blob.size) {
    options.onProgress?.({ loaded: blob.size, total: blob.size });
  }
  return { status: response.status, headers: response.headers };
}
