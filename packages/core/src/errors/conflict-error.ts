import { APIError } from './api-error.js';

/** HTTP 409: the resource is not in a state that allows this (for example an upload that is not ready). */
export class ConflictError extends APIError {
  static override readonly brand: string = 'ConflictError';
  declare private readonly conflictErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is ConflictError;
}
