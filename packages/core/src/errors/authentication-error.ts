import { APIError, type APIErrorDetails } from './api-error.js';
import { type ConduitErrorOptions, hasMarker } from './conduit-error.js';

const marker = 'conduit.error.AuthenticationError';
const symbol = Symbol.for(marker);

/** HTTP 401 (or a provider code such as EXPIRED_API_KEY): the key is missing, wrong, expired or revoked. */
export class AuthenticationError extends APIError {
  private readonly [symbol] = true;
  constructor(message: string, details: APIErrorDetails, options: ConduitErrorOptions = {}) {
    super(message, details, options);
    this.name = 'AuthenticationError';
  }
  static override isInstance(value: unknown): value is AuthenticationError {
    return hasMarker(value, marker);
  }
}
