import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.ConflictError';
const symbol = Symbol.for(marker);

/** HTTP 409: the resource is not in a state that allows this (for example an upload that is not ready). */
export class ConflictError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'ConflictError';
  }
  static override isInstance(value: unknown): value is ConflictError {
    return hasMarker(value, marker);
  }
}
