import { ConduitError, type ConduitErrorOptions } from './conduit-error.js';

/** The request never got an HTTP answer: DNS failure, refused or reset connection (the cause is kept). */
export class APIConnectionError extends ConduitError {
  static override readonly brand: string = 'APIConnectionError';
  declare private readonly aPIConnectionErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is APIConnectionError;
  /** Always 0: no HTTP status was received. */
  readonly status = 0;
  constructor(message: string, options: ConduitErrorOptions = {}) {
    super(message, { retryable: true, ...options });
  }
}
