import { ConduitError, type ConduitErrorOptions } from '@conduit/core';
import type { ApiVideoUploadState } from './apivideo-upload-state.js';

/**
 * A chunked upload stopped (failure or abort). `state` says how far it got; pass it back as
 * `{ resume: error.state }` to continue. The underlying typed error is the `cause`.
 */
export class ApiVideoUploadError extends ConduitError {
  static override readonly brand: string = 'ApiVideoUploadError';
  declare static readonly isInstance: (value: unknown) => value is ApiVideoUploadError;
  declare private readonly apiVideoUploadErrorBrand: true;
  /** How far the upload got, JSON-serialisable. */
  readonly state: ApiVideoUploadState;
  /** True when the caller's signal stopped the upload. */
  readonly aborted: boolean;

  constructor(message: string, state: ApiVideoUploadState, options: ConduitErrorOptions & { aborted: boolean }) {
    super(message, options);
    this.state = { ...state };
    this.aborted = options.aborted;
  }
}
