import { APIError } from './api-error.js';

/** HTTP 403: the key is valid but may not do this. */
export class PermissionDeniedError extends APIError {
  static override readonly brand: string = 'PermissionDeniedError';
  declare private readonly permissionDeniedErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is PermissionDeniedError;
}
