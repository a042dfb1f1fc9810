import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.PermissionDeniedError';
const symbol = Symbol.for(marker);

/** HTTP 403: the key is valid but may not do this. */
export class PermissionDeniedError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'PermissionDeniedError';
  }
  static override isInstance(value: unknown): value is PermissionDeniedError {
    return hasMarker(value, marker);
  }
}
