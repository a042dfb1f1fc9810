import { APIError } from './api-error.js';

/** HTTP 401 (or a provider code such as EXPIRED_API_KEY): the key is missing, wrong, expired or revoked. */
export class AuthenticationError extends APIError {
  static override readonly brand: string = 'AuthenticationError';
  declare private readonly authenticationErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is AuthenticationError;
}
