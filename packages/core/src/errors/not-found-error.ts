import { APIError } from './api-error.js';
import { brandGuard } from './conduit-error.js';

/** HTTP 404: the resource does not exist. */
export class NotFoundError extends APIError {
  static override readonly brand: string = 'NotFoundError';
  declare private readonly notFoundErrorBrand: true;
  static override readonly isInstance = /* @__PURE__ */ brandGuard<NotFoundError>('NotFoundError');
}
