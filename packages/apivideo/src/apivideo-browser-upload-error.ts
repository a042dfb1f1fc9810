import { ConduitError, type ConduitErrorOptions } from '@conduit/core';

/**
 * Where a delegated upload stands, JSON-serialisable (the same shape as `@conduit/apivideo`'s):
 * keep it (`localStorage`, your server) and pass it back as `{ resume: state }` with the same file.
 */
export interface ApiVideoUploadState {
  /** Always `token` here: a delegated upload. */
  kind: 'video' | 'token';
  /** The video receiving the chunks; `null` before the first chunk's answer. */
  videoId: string | null;
  /** Bytes the API has acknowledged: the next chunk starts here. */
  offset: number;
  /** Total size in bytes. */
  total: number | null;
  /** Chunk size the upload was started with, in bytes. */
  chunkSize: number;
  /** Chunks acknowledged so far. */
  chunksSent: number;
}

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
