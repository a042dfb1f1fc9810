import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.UnprocessableEntityError';
const symbol = Symbol.for(marker);

/** HTTP 422: the request was well-formed but semantically invalid. */
export class UnprocessableEntityError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'UnprocessableEntityError';
  }
  static override isInstance(value: unknown): value is UnprocessableEntityError {
    return hasMarker(value, marker);
  }
}
