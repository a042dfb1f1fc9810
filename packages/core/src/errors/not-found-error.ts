import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.NotFoundError';
const symbol = Symbol.for(marker);

/** HTTP 404: the resource does not exist. */
export class NotFoundError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'NotFoundError';
  }
  static override isInstance(value: unknown): value is NotFoundError {
    return hasMarker(value, marker);
  }
}
