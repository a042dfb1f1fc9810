import { APIConnectionError } from './api-connection-error.js';
import { brandGuard } from './conduit-error.js';

/** An attempt exceeded its `timeout`, or the call exceeded its overall `deadline`. */
export class APITimeoutError extends APIConnectionError {
  static override readonly brand: string = 'APITimeoutError';
  declare private readonly aPITimeoutErrorBrand: true;
  static override readonly isInstance = /* @__PURE__ */ brandGuard<APITimeoutError>('APITimeoutError');
}
