import { APIError } from './api-error.js';

/** HTTP 5xx: the provider failed. */
export class InternalServerError extends APIError {
  static override readonly brand: string = 'InternalServerError';
  declare private readonly internalServerErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is InternalServerError;
}
