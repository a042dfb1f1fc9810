import { ConduitError, type ConduitErrorOptions } from '@conduit/core';

/** A signed upload that the service could not verify (`get_upload_status` reported a failure): upload again. */
export class ViddyScribeUploadFailedError extends ConduitError {
  static override readonly brand: string = 'ViddyScribeUploadFailedError';
  declare static readonly isInstance: (value: unknown) => value is ViddyScribeUploadFailedError;
  declare private readonly viddyScribeUploadFailedErrorBrand: true;
  /** The media id of the failed upload. */
  readonly mediaId: string;
  /** The `upload_status` the service reported. */
  readonly uploadStatus: string;

  constructor(message: string, details: { mediaId: string; uploadStatus: string }, options: ConduitErrorOptions = {}) {
    super(message, { retryable: false, ...options });
    this.mediaId = details.mediaId;
    this.uploadStatus = details.uploadStatus;
  }
}
