import { APIError } from './api-error.js';
import { brandGuard } from './conduit-error.js';

/** HTTP 400: the request was malformed or failed validation. */
export class BadRequestError extends APIError {
  static override readonly brand: string = 'BadRequestError';
  declare private readonly badRequestErrorBrand: true;
  static override readonly isInstance = /* @__PURE__ */ brandGuard<BadRequestError>('BadRequestError');
}
