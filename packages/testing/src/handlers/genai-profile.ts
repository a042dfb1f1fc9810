import type { components } from '@conduit/specs/genai';
import { xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';

type Schemas = components['schemas'];

/** GenAI's documented error codes. */
export type GenAIMockErrorCode = Schemas['ErrorCode'];

/** The base URL the GenAI handlers answer on (the documented default). */
export const genaiBaseUrl = 'https://api.example.com/v1';

/** A key in the documented format (a bearer token without whitespace; no prefix is documented). */
export const genaiTestKey = 'genai-test-4f9c2a7d1b8e6f3a5c0d';

/** The HTTP status each documented code is answered with (502/503 codes use 503). */
export const genaiErrorStatus: Readonly<Record<GenAIMockErrorCode, number>> = {
  INVALID_REQUEST: 400,
  MISSING_REQUIRED_FIELD: 400,
  INVALID_FIELD_VALUE: 400,
  UNSUPPORTED_MODEL: 400,
  INVALID_FILE_FORMAT: 400,
  FILE_TOO_LARGE: 400,
  PROMPT_TOO_LONG: 400,
  INVALID_TEMPERATURE: 400,
  INVALID_MAX_TOKENS: 400,
  INVALID_IMAGE_SIZE: 400,
  INVALID_IMAGE_QUALITY: 400,
  PROMPT_VIOLATION: 400,
  MISSING_API_KEY: 401,
  INVALID_API_KEY: 401,
  EXPIRED_API_KEY: 401,
  REVOKED_API_KEY: 401,
  INSUFFICIENT_PERMISSIONS: 403,
  ACCOUNT_SUSPENDED: 403,
  QUOTA_EXCEEDED: 403,
  RESOURCE_NOT_FOUND: 404,
  ENDPOINT_NOT_FOUND: 404,
  MODEL_NOT_FOUND: 404,
  RATE_LIMIT_EXCEEDED: 429,
  CONCURRENT_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  MODEL_UNAVAILABLE: 500,
  PROCESSING_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  OVERLOADED: 503,
};

const codeForStatus: Readonly<Record<number, GenAIMockErrorCode>> = {
  400: 'INVALID_REQUEST',
  401: 'INVALID_API_KEY',
  403: 'INSUFFICIENT_PERMISSIONS',
  404: 'RESOURCE_NOT_FOUND',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  502: 'SERVICE_UNAVAILABLE',
  503: 'SERVICE_UNAVAILABLE',
};

/** Maps any code (a generic scenario's `service_unavailable`, `http_500`) to a documented one. */
export function toGenAICode(status: number, code: string): GenAIMockErrorCode {
  const upper = code.toUpperCase();
  if (Object.hasOwn(genaiErrorStatus, upper)) {
    return upper as GenAIMockErrorCode;
  }
  return codeForStatus[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'INVALID_REQUEST');
}

/** GenAI's error envelope `{success: false, error: {code, message, details}, meta}`. */
export function genaiErrorBody(
  code: GenAIMockErrorCode,
  message: string,
  options: { details?: Schemas['ErrorDetails']; requestId?: string; timestamp?: string } = {},
): Schemas['ErrorResponse'] {
  return {
    success: false,
    error: { code, message, ...(options.details ? { details: options.details } : {}) },
    meta: { request_id: options.requestId ?? 'req_scenario', timestamp: options.timestamp ?? new Date().toISOString() },
  };
}

/** How the generic scenarios answer like GenAI: its envelope, its codes and its `X-RateLimit-*` headers. */
export const genaiProfile: ProviderProfile = {
  id: 'genai',
  baseUrl: genaiBaseUrl,
  errorBody: (status, code, message) => genaiErrorBody(toGenAICode(status, code), message),
  expiredKeyCode: 'EXPIRED_API_KEY',
  rateLimitCode: 'RATE_LIMIT_EXCEEDED',
  rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) =>
    xRateLimitHeaders(limit, remaining, Date.now() + (retryAfterSeconds ?? 60) * 1000),
};
