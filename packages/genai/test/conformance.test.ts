import { type ErrorCase, jsonResponse, type RateLimitHintCase, runProviderConformance } from '@conduit/testing/conformance';
import { type GenAIMockErrorCode, genaiErrorStatus, genaiMockModels, genaiTestKey } from '@conduit/testing/genai';
import { createGenAIClient, type GenAIClient } from '../src/index.js';

const classByCode: Record<GenAIMockErrorCode, string> = {
  INVALID_REQUEST: 'BadRequestError',
  MISSING_REQUIRED_FIELD: 'BadRequestError',
  INVALID_FIELD_VALUE: 'BadRequestError',
  UNSUPPORTED_MODEL: 'BadRequestError',
  INVALID_FILE_FORMAT: 'BadRequestError',
  FILE_TOO_LARGE: 'BadRequestError',
  PROMPT_TOO_LONG: 'BadRequestError',
  INVALID_TEMPERATURE: 'BadRequestError',
  INVALID_MAX_TOKENS: 'BadRequestError',
  INVALID_IMAGE_SIZE: 'BadRequestError',
  INVALID_IMAGE_QUALITY: 'BadRequestError',
  PROMPT_VIOLATION: 'BadRequestError',
  MISSING_API_KEY: 'AuthenticationError',
  INVALID_API_KEY: 'AuthenticationError',
  EXPIRED_API_KEY: 'AuthenticationError',
  REVOKED_API_KEY: 'AuthenticationError',
  INSUFFICIENT_PERMISSIONS: 'PermissionDeniedError',
  ACCOUNT_SUSPENDED: 'PermissionDeniedError',
  QUOTA_EXCEEDED: 'QuotaExceededError',
  RESOURCE_NOT_FOUND: 'NotFoundError',
  ENDPOINT_NOT_FOUND: 'NotFoundError',
  MODEL_NOT_FOUND: 'NotFoundError',
  RATE_LIMIT_EXCEEDED: 'RateLimitError',
  CONCURRENT_LIMIT_EXCEEDED: 'RateLimitError',
  INTERNAL_ERROR: 'InternalServerError',
  MODEL_UNAVAILABLE: 'InternalServerError',
  PROCESSING_ERROR: 'InternalServerError',
  SERVICE_UNAVAILABLE: 'InternalServerError',
  OVERLOADED: 'InternalServerError',
};

const envelope = (code: string, status: number, details?: Record<string, unknown>) => ({
  success: false,
  error: { code, message: `${code} (${status})`, ...(details ? { details } : {}) },
  meta: { request_id: `req_${code.toLowerCase()}`, timestamp: '2024-01-01T00:00:00Z' },
});

/** Every documented code at its documented status (502/503 codes at both). */
const documentedErrors: ErrorCase[] = (Object.keys(classByCode) as GenAIMockErrorCode[]).flatMap((code) => {
  const statuses = genaiErrorStatus[code] === 503 ? [502, 503] : [genaiErrorStatus[code]];
  return statuses.map((status) => ({ name: code, status, body: envelope(code, status), errorClass: classByCode[code], code }));
});

const crossStatusErrors: ErrorCase[] = [
  {
    name: 'QUOTA_EXCEEDED on a 429',
    status: 429,
    body: envelope('QUOTA_EXCEEDED', 429),
    errorClass: 'QuotaExceededError',
    code: 'QUOTA_EXCEEDED',
  },
  {
    name: 'EXPIRED_API_KEY on a 403',
    status: 403,
    body: envelope('EXPIRED_API_KEY', 403),
    errorClass: 'AuthenticationError',
    code: 'EXPIRED_API_KEY',
  },
  {
    name: 'an undocumented code on a 409',
    status: 409,
    body: envelope('SOMETHING_NEW', 409),
    errorClass: 'ConflictError',
    code: 'SOMETHING_NEW',
  },
  { name: 'a non-envelope body', status: 403, body: { message: 'Forbidden by gateway' }, errorClass: 'PermissionDeniedError' },
];

// GenAI documents no Retry-After header, only the body hint (header precedence is in genai-rate-limit.test.ts).
const rateLimitHints: RateLimitHintCase[] = [
  {
    name: 'the documented body hint error.details.retry_after (seconds)',
    body: envelope('RATE_LIMIT_EXCEEDED', 429, { retry_after: 60, limit: 60, reset_time: 1640995200 }),
    expectedDelayMs: 60_000,
  },
  {
    name: 'details.retry_after on CONCURRENT_LIMIT_EXCEEDED',
    body: envelope('CONCURRENT_LIMIT_EXCEEDED', 429, { retry_after: 2 }),
    expectedDelayMs: 2_000,
  },
];

runProviderConformance<GenAIClient>({
  name: 'GenAI',
  environmentVariable: 'GENAI_API_KEY',
  validKey: genaiTestKey,
  baseUrl: 'https://api.example.com/v1',
  createClient: (options) => createGenAIClient(options),
  authHeader: { name: 'authorization', value: (key) => `Bearer ${key}` },
  read: {
    call: (client, options) => client.listModels(options),
    success: () => jsonResponse({ success: true, data: genaiMockModels, meta: { request_id: 'req_1' } }),
  },
  create: {
    call: (client) => client.generate({ prompt: 'Write a haiku', model: 'gpt-4' }),
    callIdempotent: (client) => client.generate({ prompt: 'Write a haiku', model: 'gpt-4' }, { idempotent: true }),
    success: () =>
      jsonResponse({ success: true, data: { id: 'gen_1', content: 'Rivers run', model: 'gpt-4' }, meta: { request_id: 'req_2' } }),
  },
  errors: [...documentedErrors, ...crossStatusErrors],
  rateLimitHints,
  skip: [
    {
      reason: 'the GenAI API has no jobs to poll, no paginated list and no upload (generate answers inline)',
      tests: [
        'polls a job until it is done, waiting on the clock between polls',
        'polls a job until it fails, and stops there',
        'iterates every item across pages',
        'uploads a file and the server receives every byte in order',
      ],
    },
  ],
});
