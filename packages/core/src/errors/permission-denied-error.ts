import { APIError } from './api-error.js';
import { brandGuard } from './conduit-error.js';

/** HTTP 403: the key is valid but may not do this. */
export class PermissionDeniedError extends APIError {
  static override readonly brand: string = 'PermissionDeniedError';
  declare private readonly permissionDeniedErrorBrand: true;
  static override readonly isInstance = /* @__PURE__ */ brandGuard<PermissionDeniedError>('PermissionDeniedError');
}
