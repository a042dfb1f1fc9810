import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.InternalServerError';
const symbol = Symbol.for(marker);

/** HTTP 5xx: the provider failed. */
export class InternalServerError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'InternalServerError';
  }
  static override isInstance(value: unknown): value is InternalServerError {
    return hasMarker(value, marker);
  }
}
