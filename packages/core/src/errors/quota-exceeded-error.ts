import { APIError } from './api-error.js';

/** HTTP 402, or a provider quota code on 429/403: the plan limit is spent. Never retried. */
export class QuotaExceededError extends APIError {
  static override readonly brand: string = 'QuotaExceededError';
  declare private readonly quotaExceededErrorBrand: true;
  declare static readonly isInstance: (value: unknown) => value is QuotaExceededError;
}
