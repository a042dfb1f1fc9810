import { ConduitError, type ConduitErrorOptions } from './conduit-error.js';

/** The caller's `AbortSignal` fired; the signal's reason is the `cause`. */
export class RequestAbortedError extends ConduitError {
  static override readonly brand: string = 'RequestAbortedError';
  declare private readonly requestAbortedErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is RequestAbortedError;
  constructor(message = 'The request was aborted by the caller', options: ConduitErrorOptions = {}) {
    super(message, { retryable: false, ...options });
  }
}
