import { ConfigurationError, type UploadProgress, uploadBlobToSignedUrl } from '@conduit/core';
import type { components } from '@conduit/specs/scriptix';

/** What your server hands the page: the `getUploadUrl` result (`sessions.uploadUrl`), or just its `upload_url`. */
export type ScriptixSasUpload =
  | string
  | (Pick<components['schemas']['UploadUrl'], 'upload_url'> & Partial<components['schemas']['UploadUrl']>);

/** Options of `uploadToScriptix`. Durations are milliseconds. */
export interface ScriptixBrowserUploadOptions {
  /** Media type of the file (default: the File's own type). */
  contentType?: string | undefined;
  /** Called as bytes are sent. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts the upload with `RequestAbortedError`. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
}

/**
 * PUTs a `File`/`Blob` to a Scriptix session's Azure Blob SAS URL with `x-ms-blob-type: BlockBlob`,
 * with progress and abort and no API key. Checks the size against the grant's `max_file_size`
 * (5 GiB by default) first. Scriptix starts transcribing once the blob is in place; your server
 * polls the session with `@conduit/scriptix`.
 *
 * @example
 * ```ts
 * import { uploadToScriptix } from '@conduit/scriptix/browser';
 * declare const file: File;
 * declare function show(loaded: number, total: number | undefined): void;
 * const grant = await (await fetch('/api/scriptix/sessions', { method: 'POST' })).json();
 * await uploadToScriptix(grant, file, { onProgress: ({ loaded, total }) => show(loaded, total) });
 * ```
 */
export async function uploadToScriptix(
  upload: ScriptixSasUpload,
  file: Blob,
  options: ScriptixBrowserUploadOptions = {},
): Promise<{
  /** The grant's session id, when it carries one. */
  session_id: string | undefined;
  /** Bytes sent. */
  size: number;
}> {
  const grant = typeof upload === 'string' ? { upload_url: upload } : upload;
  const max = grant.max_file_size ?? 5_368_709_120;
  if (!(file instanceof Blob) || file.size === 0 || file.size > max) {
    throw new ConfigurationError(
      `uploadToScriptix: the media must be a non-empty File or Blob of at most ${max} bytes (got ${file?.size}).`,
    );
  }
  await uploadBlobToSignedUrl(grant.upload_url, file, {
    contentType: options.contentType,
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
    provider: 'scriptix',
  });
  return { session_id: grant.session_id, size: file.size };
}
