import { APIError } from './api-error.js';
import { brandGuard } from './conduit-error.js';

/** HTTP 5xx: the provider failed. */
export class InternalServerError extends APIError {
  static override readonly brand: string = 'InternalServerError';
  declare private readonly internalServerErrorBrand: true;
  static override readonly isInstance = /* @__PURE__ */ brandGuard<InternalServerError>('InternalServerError');
}
