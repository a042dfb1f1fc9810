import type { ErrorBodyParser, ErrorKind, ParsedErrorBody } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';

/** Every error code the GenAI docs list. */
export type GenAIErrorCode = components['schemas']['ErrorCode'];

/** The `error.details` object of a GenAI error (documented keys; others may appear). */
export type GenAIErrorDetails = components['schemas']['ErrorDetails'];

/** The class each documented code maps to; `undefined` leaves the choice to the HTTP status (5xx). */
export const genaiErrorKinds: Readonly<Record<GenAIErrorCode, ErrorKind | undefined>> = {
  INVALID_REQUEST: 'bad-request',
  MISSING_REQUIRED_FIELD: 'bad-request',
  INVALID_FIELD_VALUE: 'bad-request',
  UNSUPPORTED_MODEL: 'bad-request',
  INVALID_FILE_FORMAT: 'bad-request',
  FILE_TOO_LARGE: 'bad-request',
  PROMPT_TOO_LONG: 'bad-request',
  INVALID_TEMPERATURE: 'bad-request',
  INVALID_MAX_TOKENS: 'bad-request',
  INVALID_IMAGE_SIZE: 'bad-request',
  INVALID_IMAGE_QUALITY: 'bad-request',
  PROMPT_VIOLATION: 'bad-request',
  MISSING_API_KEY: 'authentication',
  INVALID_API_KEY: 'authentication',
  EXPIRED_API_KEY: 'authentication',
  REVOKED_API_KEY: 'authentication',
  INSUFFICIENT_PERMISSIONS: 'permission',
  ACCOUNT_SUSPENDED: 'permission',
  QUOTA_EXCEEDED: 'quota',
  RESOURCE_NOT_FOUND: 'not-found',
  ENDPOINT_NOT_FOUND: 'not-found',
  MODEL_NOT_FOUND: 'not-found',
  RATE_LIMIT_EXCEEDED: 'rate-limit',
  CONCURRENT_LIMIT_EXCEEDED: 'rate-limit',
  INTERNAL_ERROR: undefined,
  MODEL_UNAVAILABLE: undefined,
  PROCESSING_ERROR: undefined,
  SERVICE_UNAVAILABLE: undefined,
  OVERLOADED: undefined,
};

/** `{success: false, error: {code, message, details}, meta: {request_id, timestamp}}`, the one documented error body. */
const errorEnvelopeSchema = z.object({
  success: z.optional(z.nullable(z.boolean())),
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.optional(z.nullable(z.string())),
    details: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  }),
  meta: z.optional(z.nullable(z.object({ request_id: z.optional(z.nullable(z.string())) }))),
});

/** `details` of `RATE_LIMIT_EXCEEDED`: only `retry_after` (seconds) is read. */
const rateLimitDetailsSchema = z.object({
  retry_after: z.optional(z.nullable(z.union([z.number().check(z.gte(0)), z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*$/))]))),
});

const retryAfterHeaders = ['retry-after', 'retry-after-ms'];

function retryAfterFromDetails(details: unknown, headers: Headers): number | undefined {
  // A `Retry-After` header (declared optional in our spec for gateways) wins over the body hint.
  if (retryAfterHeaders.some((name) => /^\s*\d/.test(headers.get(name) ?? ''))) {
    return undefined;
  }
  const parsed = z.safeParse(rateLimitDetailsSchema, details ?? {});
  const seconds = parsed.success ? parsed.data.retry_after : undefined;
  return seconds === undefined || seconds === null ? undefined : Math.round(Number(seconds) * 1000);
}

/**
 * Reads GenAI's error envelope into code, message, details, class kind, the body's retry hint
 * (`details.retry_after` seconds → `retryAfterMs`) and `meta.request_id`. Never throws; a body
 * of another shape gives `undefined`, so the class follows the HTTP status.
 */
export const parseGenAIError: ErrorBodyParser = (body, context): ParsedErrorBody | undefined => {
  const parsed = z.safeParse(errorEnvelopeSchema, body);
  if (!parsed.success) {
    return undefined;
  }
  const { error, meta } = parsed.data;
  const kind = Object.hasOwn(genaiErrorKinds, error.code) ? genaiErrorKinds[error.code as GenAIErrorCode] : undefined;
  return {
    code: error.code,
    message: error.message ?? undefined,
    details: error.details ?? undefined,
    kind,
    retryAfterMs: retryAfterFromDetails(error.details, context.headers),
    requestId: meta?.request_id ?? undefined,
  };
};
