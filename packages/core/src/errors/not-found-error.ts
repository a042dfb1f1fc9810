import { APIError } from './api-error.js';

/** HTTP 404: the resource does not exist. */
export class NotFoundError extends APIError {
  static override readonly brand: string = 'NotFoundError';
  declare private readonly notFoundErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is NotFoundError;
}
