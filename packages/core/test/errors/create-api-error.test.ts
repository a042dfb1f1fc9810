import { describe, expect, it } from 'vitest';
import { APIError } from '../../src/errors/api-error.js';
import { AuthenticationError } from '../../src/errors/authentication-error.js';
import { BadRequestError } from '../../src/errors/bad-request-error.js';
import { ConflictError } from '../../src/errors/conflict-error.js';
import { createAPIError, isRetryableStatus } from '../../src/errors/create-api-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { NotFoundError } from '../../src/errors/not-found-error.js';
import { PermissionDeniedError } from '../../src/errors/permission-denied-error.js';
import { QuotaExceededError } from '../../src/errors/quota-exceeded-error.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';
import { UnprocessableEntityError } from '../../src/errors/unprocessable-entity-error.js';

const classes = {
  BadRequestError,
  AuthenticationError,
  QuotaExceededError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIError,
} as const;

const statusCases: Array<[number, keyof typeof classes]> = [
  [400, 'BadRequestError'],
  [401, 'AuthenticationError'],
  [402, 'QuotaExceededError'],
  [403, 'PermissionDeniedError'],
  [404, 'NotFoundError'],
  [409, 'ConflictError'],
  [422, 'UnprocessableEntityError'],
  [429, 'RateLimitError'],
  [500, 'InternalServerError'],
  [503, 'InternalServerError'],
  [418, 'APIError'],
];

describe('createAPIError', () => {
  it.each(statusCases)('maps %i to %s', (code, className) => {
    const error = createAPIError('nope', { status: code, provider: 'test' });
    expect(error.name).toBe(className);
    expect(classes[className].isInstance(error)).toBe(true);
    expect(APIError.isInstance(error)).toBe(true);
    expect(error.status).toBe(code);
    for (const [otherName, OtherClass] of Object.entries(classes)) {
      if (otherName !== className && otherName !== 'APIError') {
        expect(OtherClass.isInstance(error), `${className} must not pass ${otherName}.isInstance`).toBe(false);
      }
    }
  });

  it('lets a provider kind override the status (a quota code on a 429 or a 403)', () => {
    const on429 = createAPIError('quota', { status: 429, provider: 'genai', kind: 'quota' });
    const on403 = createAPIError('quota', { status: 403, provider: 'viddyscribe', kind: 'quota' });
    expect(QuotaExceededError.isInstance(on429)).toBe(true);
    expect(RateLimitError.isInstance(on429)).toBe(false);
    expect(on429.retryable).toBe(false);
    expect(QuotaExceededError.isInstance(on403)).toBe(true);
  });

  it('uses an authentication kind even on a 400 (EXPIRED_API_KEY style)', () => {
    const error = createAPIError('expired', { status: 400, provider: 'x', kind: 'authentication' });
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(false);
  });

  it('marks retryable from the status unless told otherwise', () => {
    expect(createAPIError('x', { status: 503, provider: 'x' }).retryable).toBe(true);
    expect(createAPIError('x', { status: 400, provider: 'x' }).retryable).toBe(false);
    expect(createAPIError('x', { status: 503, provider: 'x' }, { retryable: false }).retryable).toBe(false);
  });

  it('passes a body hint into RateLimitError.retryAfterMs', () => {
    const error = createAPIError('slow down', { status: 429, provider: 'genai', retryAfterMs: 7000 });
    expect(RateLimitError.isInstance(error) && error.retryAfterMs).toBe(7000);
  });
});

describe('isRetryableStatus', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i', (code) => {
    expect(isRetryableStatus(code)).toBe(true);
  });

  it.each([400, 401, 402, 403, 404, 409, 418, 422, 501])('does not retry %i', (code) => {
    expect(isRetryableStatus(code)).toBe(false);
  });

  it('never retries a quota, even on 429', () => {
    expect(isRetryableStatus(429, 'quota')).toBe(false);
  });
});
