import { ConduitError, type ConduitErrorOptions } from '@conduit/core';

const marker = 'conduit.error.viddyscribe.UploadFailedError';
const symbol = Symbol.for(marker);

/** A signed upload that the service could not verify (`get_upload_status` reported a failure): upload again. */
export class ViddyScribeUploadFailedError extends ConduitError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through `Symbol.for` in `isInstance`.
  private readonly [symbol] = true;
  /** The media id of the failed upload. */
  readonly mediaId: string;
  /** The `upload_status` the service reported. */
  readonly uploadStatus: string;

  constructor(message: string, details: { mediaId: string; uploadStatus: string }, options: ConduitErrorOptions = {}) {
    super(message, { retryable: false, ...options });
    this.name = 'ViddyScribeUploadFailedError';
    this.mediaId = details.mediaId;
    this.uploadStatus = details.uploadStatus;
  }

  static override isInstance(value: unknown): value is ViddyScribeUploadFailedError {
    // core does not export its `hasMarker`; the same registry-symbol check, inline.
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true;
  }
}
