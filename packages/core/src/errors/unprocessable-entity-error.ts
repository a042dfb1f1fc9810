import { APIError } from './api-error.js';
import { brandGuard } from './conduit-error.js';

/** HTTP 422: the request was well-formed but semantically invalid. */
export class UnprocessableEntityError extends APIError {
  static override readonly brand: string = 'UnprocessableEntityError';
  declare private readonly unprocessableEntityErrorBrand: true;
  static override readonly isInstance = /* @__PURE__ */ brandGuard<UnprocessableEntityError>('UnprocessableEntityError');
}
