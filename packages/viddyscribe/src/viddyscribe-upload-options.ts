import type { components } from '@conduit/specs/viddyscribe';

type Schemas = components['schemas'];

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

/** Options of `media.upload` (request options such as `signal` go in the last argument). Durations are milliseconds. */
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
  /** @deprecated Pass `signal` in the request options (the last argument). */
  signal?: AbortSignal | undefined;
  /** @deprecated Pass `idempotent` in the request options (the last argument). */
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

/**
 * What `media.upload` resolves to: the media record. By URL or multipart it is the `upload_media`
 * answer (`status: 'created'`, `duration_seconds`, `frame_rate`); through a signed URL it is the
 * verified upload (`gcs_path`, `upload_status: 'completed'`, and `canonical_media_id` when the
 * service de-duplicated it). Either way `media_id` is the id to generate with.
 */
export interface UploadedMedia {
  /** The id to generate with (the `canonical_media_id` when the service de-duplicated a signed upload). */
  media_id: Schemas['MediaId'];
  /** `created`, for media ingested by URL or multipart. */
  status?: Schemas['UploadMediaCreated']['status'] | undefined;
  /** Source duration in seconds, when the service reported it. */
  duration_seconds?: number | undefined;
  /** Frames per second, when the service reported it. */
  frame_rate?: number | undefined;
  /** Object path of a signed upload. */
  gcs_path?: Schemas['GcsPath'] | undefined;
  /** Verification state of a signed upload (`completed` once resolved). */
  upload_status?: Schemas['UploadStatus'] | undefined;
  /** The existing media item a signed upload was de-duplicated to, as `get_upload_status` reported it. */
  canonical_media_id?: Schemas['MediaId'] | undefined;
}

/** Options of `media.waitForUpload` (request options such as `signal` go in the last argument). Durations are milliseconds. */
export interface WaitForUploadOptions {
  /** Wait between polls, in milliseconds (default: the client's `pollInterval`). */
  interval?: number | undefined;
  /** Give up after this many milliseconds with `APITimeoutError` (default: none). */
  timeout?: number | undefined;
  /** Called with every `get_upload_status` answer. */
  onProgress?: ((status: Schemas['UploadStatusResponse']) => void) | undefined;
  /** @deprecated Pass `signal` in the request options (the last argument). */
  signal?: AbortSignal | undefined;
}

/** Names of `WaitForUploadOptions`. */
export const waitForUploadOptionKeys = ['interval', 'timeout', 'onProgress', 'signal'] as const;
