import { ConduitError, type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.APIConnectionError';
const symbol = Symbol.for(marker);

/** The request never got an HTTP answer: DNS failure, refused or reset connection (the cause is kept). */
export class APIConnectionError extends ConduitError {
  private readonly [symbol] = true;
  /** Always 0: no HTTP status was received. */
  readonly status = 0;
  constructor(message: string, options: ConduitErrorOptions = {}) {
    super(message, { retryable: true, ...options });
    this.name = 'APIConnectionError';
  }
  static override isInstance(value: unknown): value is APIConnectionError {
    return hasMarker(value, marker);
  }
}
