import { ConduitError, type ConduitErrorOptions } from '@conduit/core';
import type { ApiVideoUploadState } from './apivideo-upload-state.js';

const marker = 'conduit.error.ApiVideoUploadError';
const symbol = Symbol.for(marker);

/**
 * A chunked upload stopped (failure or abort). `state` says how far it got; pass it back as
 * `{ resume: error.state }` to continue. The underlying typed error is the `cause`.
 */
export class ApiVideoUploadError extends ConduitError {
  readonly [symbol] = true;
  /** How far the upload got, JSON-serialisable. */
  readonly state: ApiVideoUploadState;
  /** True when the caller's signal stopped the upload. */
  readonly aborted: boolean;

  constructor(message: string, state: ApiVideoUploadState, options: ConduitErrorOptions & { aborted: boolean }) {
    super(message, options);
    this.name = 'ApiVideoUploadError';
    this.state = { ...state };
    this.aborted = options.aborted;
  }

  static override isInstance(value: unknown): value is ApiVideoUploadError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true;
  }
}
