import { ConfigurationError, contentTypeFromName, type UploadProgress, uploadBlobToSignedUrl } from '@conduit/core';
import type { components } from '@conduit/specs/hesedvid';
import { isHesedVidContentType, maxHesedVidFileSize } from './hesedvid-content-types.js';

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

/** Where to upload: the signed URL, or HesedVid's `createUploadUrl` answer holding it. */
export type HesedVidSignedUpload =
  | string
  | {
      /** The signed PUT URL from HesedVid's `createUploadUrl` answer. */
      signedURL: string;
    }
  | {
      /** @deprecated The name `videos.createUploadUrl` used before 0.2; pass the answer's `signedURL`. */
      signedUrl: string;
    };

function signedUrlOf(upload: HesedVidSignedUpload): string | undefined {
  if (typeof upload === 'string') {
    return upload;
  }
  const url = upload !== null && typeof upload === 'object' ? ('signedURL' in upload ? upload.signedURL : upload.signedUrl) : undefined;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/**
 * PUTs a `File`/`Blob` to the signed URL your server got from HesedVid's `createUploadUrl` (a URL
 * string, or the whole `{ signedURL }` answer), with progress and abort; no API key is involved.
 * Checks the file (non-empty, at most 5 GB, an mp4/mov/avi/webm/mkv type) before sending. Your
 * server then starts processing with the `videoID` it received.
 *
 * @example
 * ```ts
 * import { uploadToHesedVid } from '@conduit/hesedvid/browser';
 * declare const input: HTMLInputElement;
 * declare const bar: HTMLProgressElement;
 * const { signedURL, videoID } = await (await fetch('/api/upload-url', { method: 'POST' })).json();
 * await uploadToHesedVid(signedURL, input.files![0]!, { onProgress: ({ loaded, total }) => { bar.value = loaded / (total ?? 1); } });
 * ```
 */
export async function uploadToHesedVid(
  upload: HesedVidSignedUpload,
  file: Blob,
  options: HesedVidBrowserUploadOptions = {},
): Promise<{
  /** Bytes sent (HesedVid's name for a file's size). */
  fileSize: number;
  /** The content type the file was sent with (it must match the signed URL's). */
  contentType: HesedVidBrowserContentType;
}> {
  const url = signedUrlOf(upload);
  if (url === undefined) {
    throw new ConfigurationError('uploadToHesedVid: pass the signed URL, or the `{ signedURL }` answer of `createUploadUrl`.');
  }
  const name = (file as Partial<File>).name ?? '';
  const type = options.contentType ?? (isHesedVidContentType(file?.type) ? file.type : contentTypeFromName(name));
  if (!(file instanceof Blob) || file.size === 0 || file.size > maxHesedVidFileSize || !isHesedVidContentType(type)) {
    throw new ConfigurationError(
      `uploadToHesedVid: "${name}" (${file?.size} bytes) is not a non-empty mp4, mov, avi, webm or mkv video of at most 5 GB; pass contentType if its type is unknown.`,
    );
  }
  await uploadBlobToSignedUrl(url, file, {
    contentType: type,
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
    provider: 'hesedvid',
  });
  return { fileSize: file.size, contentType: type };
}
