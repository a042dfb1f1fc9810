import { APIError } from './api-error.js';

/** HTTP 422: the request was well-formed but semantically invalid. */
export class UnprocessableEntityError extends APIError {
  static override readonly brand: string = 'UnprocessableEntityError';
  declare private readonly unprocessableEntityErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is UnprocessableEntityError;
}
