import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.QuotaExceededError';
const symbol = Symbol.for(marker);

/** HTTP 402, or a provider quota code on 429/403: the plan limit is spent. Never retried. */
export class QuotaExceededError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'QuotaExceededError';
  }
  static override isInstance(value: unknown): value is QuotaExceededError {
    return hasMarker(value, marker);
  }
}
