import type { components } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';

type Schemas = components['schemas'];
type SpecDocument = { components: { schemas: Record<string, { description?: string }> } };

/** GenAI's documented error codes. */
export type GenAIMockErrorCode = Schemas['ErrorCode'];

/** The base URL the GenAI handlers answer on (the documented default). */
export const genaiBaseUrl = 'https://api.example.com/v1';

/** A key in the documented format (a bearer token without whitespace; no prefix is documented). */
export const genaiTestKey = 'genai-test-4f9c2a7d1b8e6f3a5c0d';

/**
 * The HTTP status each documented code is answered with, read from the spec's `ErrorCode`
 * description ("By status — 400: `INVALID_REQUEST`, …; 502/503: …"); 502/503 codes use 503.
 */
export const genaiErrorStatus: Readonly<Record<GenAIMockErrorCode, number>> = Object.fromEntries(
  [...String((genAIDocument as SpecDocument).components.schemas.ErrorCode?.description).matchAll(/(\d{3}): ([^;.]+)/g)].flatMap(
    ([, status, codes = '']) => [...codes.matchAll(/`([A-Z_]+)`/g)].map(([, code]) => [code, Number(status)]),
  ),
) as Record<GenAIMockErrorCode, number>;

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
