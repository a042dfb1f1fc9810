import { APIError, type APIErrorDetails } from './api-error.js';
import { AuthenticationError } from './authentication-error.js';
import { BadRequestError } from './bad-request-error.js';
import type { ConduitErrorOptions } from './conduit-error.js';
import { ConflictError } from './conflict-error.js';
import { InternalServerError } from './internal-server-error.js';
import { NotFoundError } from './not-found-error.js';
import { PermissionDeniedError } from './permission-denied-error.js';
import { QuotaExceededError } from './quota-exceeded-error.js';
import { RateLimitError } from './rate-limit-error.js';
import { UnprocessableEntityError } from './unprocessable-entity-error.js';

/** A provider's reading of an error body that overrides the class chosen by status. */
export type ErrorKind = 'authentication' | 'permission' | 'quota' | 'rate-limit' | 'not-found' | 'conflict' | 'bad-request';

const byKind = {
  authentication: AuthenticationError,
  permission: PermissionDeniedError,
  quota: QuotaExceededError,
  'rate-limit': RateLimitError,
  'not-found': NotFoundError,
  conflict: ConflictError,
  'bad-request': BadRequestError,
} as const;

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: QuotaExceededError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Picks the error class for a status (or a provider-declared kind) and builds it. */
export function createAPIError(
  message: string,
  details: APIErrorDetails & { kind?: ErrorKind | undefined; retryAfterMs?: number | undefined },
  options: ConduitErrorOptions = {},
): APIError {
  const ErrorClass =
    (details.kind && byKind[details.kind]) ?? byStatus[details.status] ?? (details.status >= 500 ? InternalServerError : APIError);
  const retryable = options.retryable ?? isRetryableStatus(details.status, details.kind);
  return new ErrorClass(message, details, { ...options, retryable });
}

/** 408, 429 and 5xx except 501 are worth retrying; a quota never is. */
export function isRetryableStatus(status: number, kind?: ErrorKind): boolean {
  if (kind === 'quota' || kind === 'authentication' || kind === 'permission') {
    return false;
  }
  return status === 408 || status === 429 || (status >= 500 && status !== 501) || kind === 'rate-limit';
}
