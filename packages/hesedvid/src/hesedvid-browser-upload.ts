import { ConfigurationError, type UploadProgress, uploadBlobToSignedUrl } from '@conduit/core';
import type { components } from '@conduit/specs/hesedvid';

/** A video container HesedVid accepts. */
export type HesedVidBrowserContentType = components['schemas']['VideoContentType'];

/** Options of `uploadToHesedVid`. Durations are milliseconds. */
export interface HesedVidBrowserUploadOptions {
  /** The MIME type your server passed to `createUploadUrl` (the signature covers it); default: the File's type, else its extension's. */
  contentType?: HesedVidBrowserContentType | undefined;
  /** Called as bytes are sent. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts the upload with `RequestAbortedError`. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
}

/** Accepted containers by extension (the five HesedVid documents). */
const byExtension: Record<string, HesedVidBrowserContentType> = {
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
};

/**
 * PUTs a `File`/`Blob` to the signed URL your server got from HesedVid's `createUploadUrl` (a URL
 * string, or the whole `{ signedUrl }` answer), with progress and abort; no API key is involved.
 * Checks the file (non-empty, at most 5 GB, an mp4/mov/avi/webm/mkv type) before sending. Your
 * server then starts processing with the `videoId` it received.
 *
 * @example
 * ```ts
 * import { uploadToHesedVid } from '@conduit/hesedvid/browser';
 * declare const input: HTMLInputElement;
 * declare const bar: HTMLProgressElement;
 * const { signedUrl, videoId } = await (await fetch('/api/upload-url', { method: 'POST' })).json();
 * await uploadToHesedVid(signedUrl, input.files![0]!, { onProgress: ({ loaded, total }) => { bar.value = loaded / (total ?? 1); } });
 * ```
 */
export async function uploadToHesedVid(
  upload: string | { signedUrl: string },
  file: Blob,
  options: HesedVidBrowserUploadOptions = {},
): Promise<{
  /** Bytes sent. */
  size: number;
  /** The content type the file was sent with (it must match the signed URL's). */
  contentType: HesedVidBrowserContentType;
}> {
  const types = Object.values(byExtension) as string[];
  const name = (file as Partial<File>).name ?? '';
  const type = options.contentType ?? (types.includes(file?.type) ? file.type : byExtension[name.split('.').pop()?.toLowerCase() ?? '']);
  if (!(file instanceof Blob) || file.size === 0 || file.size > 5_368_709_120 || !types.includes(type ?? '')) {
    throw new ConfigurationError(
      `uploadToHesedVid: "${name}" (${file?.size} bytes) is not a non-empty mp4, mov, avi, webm or mkv video of at most 5 GB; pass contentType if its type is unknown.`,
    );
  }
  await uploadBlobToSignedUrl(typeof upload === 'string' ? upload : upload.signedUrl, file, {
    contentType: type as HesedVidBrowserContentType,
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
    provider: 'hesedvid',
  });
  return { size: file.size, contentType: type as HesedVidBrowserContentType };
}
