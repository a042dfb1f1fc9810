import { APIError } from './api-error.js';

/** HTTP 400: the request was malformed or failed validation. */
export class BadRequestError extends APIError {
  static override readonly brand: string = 'BadRequestError';
  declare private readonly badRequestErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is BadRequestError;
}
