import { APIConnectionError } from './api-connection-error.js';

/** An attempt exceeded its `timeout`, or the call exceeded its overall `deadline`. */
export class APITimeoutError extends APIConnectionError {
  static override readonly brand: string = 'APITimeoutError';
  declare private readonly aPITimeoutErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is APITimeoutError;
}
