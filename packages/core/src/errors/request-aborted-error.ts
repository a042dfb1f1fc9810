import { ConduitError, type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.RequestAbortedError';
const symbol = Symbol.for(marker);

/** The caller's `AbortSignal` fired; the signal's reason is the `cause`. */
export class RequestAbortedError extends ConduitError {
  private readonly [symbol] = true;
  constructor(message = 'The request was aborted by the caller', options: ConduitErrorOptions = {}) {
    super(message, { retryable: false, ...options });
    this.name = 'RequestAbortedError';
  }
  static override isInstance(value: unknown): value is RequestAbortedError {
    return hasMarker(value, marker);
  }
}
