import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.BadRequestError';
const symbol = Symbol.for(marker);

/** HTTP 400: the request was malformed or failed validation. */
export class BadRequestError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'BadRequestError';
  }
  static override isInstance(value: unknown): value is BadRequestError {
    return hasMarker(value, marker);
  }
}
