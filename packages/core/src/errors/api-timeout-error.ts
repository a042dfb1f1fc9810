import { APIConnectionError } from './api-connection-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.APITimeoutError';
const symbol = Symbol.for(marker);

/** An attempt exceeded its `timeout`, or the call exceeded its overall `deadline`. */
export class APITimeoutError extends APIConnectionError {
  private readonly [symbol] = true;
  constructor(message: string, options: ConduitErrorOptions = {}) {
    super(message, options);
    this.name = 'APITimeoutError';
  }
  static override isInstance(value: unknown): value is APITimeoutError {
    return hasMarker(value, marker);
  }
}
