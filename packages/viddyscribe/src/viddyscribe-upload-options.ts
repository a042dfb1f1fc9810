/** Progress of `media.upload`: bytes sent, then the service's verification of a signed upload. */
export interface MediaUploadProgress {
  /** `uploading` while bytes are sent, `verifying` while a signed upload is checked by the service. */
  readonly phase: 'uploading' | 'verifying';
  /** Bytes sent so far. */
  readonly loaded: number;
  /** Total bytes, when known (unknown for streams until they end). */
  readonly total: number | undefined;
  /** The service's `upload_status` while verifying (`processing`, `completed`, ...). */
  readonly uploadStatus?: string | undefined;
}

/** Options of `media.upload`. Durations are milliseconds. */
export interface MediaUploadOptions {
  /** File name to record; also used to tell the media type of bytes and streams (default: the file's or Blob's name). */
  filename?: string | undefined;
  /** `video/*` or `audio/*` type of the source (default: the Blob's type or the file extension's). */
  contentType?: string | undefined;
  /** `auto` (default) sends sources of known size <= 32 MB as multipart and the rest through a signed URL. */
  strategy?: 'auto' | 'direct' | 'signed-url' | undefined;
  /** Called as bytes are sent and while a signed upload is verified. */
  onProgress?: ((progress: MediaUploadProgress) => void) | undefined;
  /** Wait between verification polls, in milliseconds (default: the client's `pollInterval`). */
  interval?: number | undefined;
  /** Overall time budget for the whole upload including verification, in milliseconds (default: none). */
  timeout?: number | undefined;
  /** Aborts the upload and any wait. */
  signal?: AbortSignal | undefined;
  /** Allow retrying the `upload_media` POST after an ambiguous failure (it may create a duplicate media item). */
  idempotent?: boolean | undefined;
}

/** Names of `MediaUploadOptions`, for unknown-option checks. */
export const mediaUploadOptionKeys = [
  'filename',
  'contentType',
  'strategy',
  'onProgress',
  'interval',
  'timeout',
  'signal',
  'idempotent',
] as const;

/** A media item ready for the generate calls. */
export interface UploadedMedia {
  /** The id to generate with (the canonical id when the service de-duplicated the upload). */
  readonly mediaId: string;
  /** How the media reached the service. */
  readonly method: 'url' | 'direct' | 'signed-url';
  /** Source duration in seconds, when the service reported it. */
  readonly durationSeconds?: number | undefined;
  /** Frames per second, when the service reported it. */
  readonly frameRate?: number | undefined;
  /** Object path of a signed upload. */
  readonly gcsPath?: string | undefined;
  /** The id first issued for a signed upload, when the service replaced it by a canonical one. */
  readonly uploadedMediaId?: string | undefined;
}

/** Options of `media.waitForUpload`. Durations are milliseconds. */
export interface WaitForUploadOptions {
  /** Wait between polls, in milliseconds (default: the client's `pollInterval`). */
  interval?: number | undefined;
  /** Give up after this many milliseconds with `APITimeoutError` (default: none). */
  timeout?: number | undefined;
  /** Aborts the wait. */
  signal?: AbortSignal | undefined;
  /** Called with every `upload_status` read. */
  onProgress?: ((status: { uploadStatus: string }) => void) | undefined;
}

/** Names of `WaitForUploadOptions`. */
export const waitForUploadOptionKeys = ['interval', 'timeout', 'signal', 'onProgress'] as const;
