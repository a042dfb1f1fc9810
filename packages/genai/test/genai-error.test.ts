import { describe, expect, it } from 'vitest';
import { genaiErrorKinds, parseGenAIError } from '../src/index.js';

const context = (headers: Record<string, string> = {}, status = 429) => ({ status, headers: new Headers(headers) });

describe('parseGenAIError', () => {
  it('reads code, message, details and meta.request_id from the envelope', () => {
    const body = {
      success: false,
      error: {
        code: 'MISSING_REQUIRED_FIELD',
        message: 'Required field is missing',
        details: { field: 'prompt', issue: 'Required field is missing' },
      },
      meta: { request_id: 'req_1234567890', timestamp: '2024-01-01T00:00:00Z' },
    };
    expect(parseGenAIError(body, context({}, 400))).toEqual({
      code: 'MISSING_REQUIRED_FIELD',
      message: 'Required field is missing',
      details: { field: 'prompt', issue: 'Required field is missing' },
      kind: 'bad-request',
      retryAfterMs: undefined,
      requestId: 'req_1234567890',
    });
  });

  it.each([
    ['EXPIRED_API_KEY', 'authentication'],
    ['REVOKED_API_KEY', 'authentication'],
    ['INVALID_API_KEY', 'authentication'],
    ['MISSING_API_KEY', 'authentication'],
    ['QUOTA_EXCEEDED', 'quota'],
    ['RATE_LIMIT_EXCEEDED', 'rate-limit'],
    ['CONCURRENT_LIMIT_EXCEEDED', 'rate-limit'],
    ['INSUFFICIENT_PERMISSIONS', 'permission'],
    ['MODEL_NOT_FOUND', 'not-found'],
    ['OVERLOADED', undefined],
  ])('gives %s the kind %s', (code, kind) => {
    expect(parseGenAIError({ success: false, error: { code, message: 'x' } }, context())?.kind).toBe(kind);
  });

  it('maps every documented code (29)', () => {
    expect(Object.keys(genaiErrorKinds)).toHaveLength(29);
  });

  it('turns details.retry_after seconds into retryAfterMs', () => {
    const body = {
      success: false,
      error: {
        code: 'RATE_LIMIT_EXCEEDED',
        message: 'Rate limit exceeded',
        details: { retry_after: 60, limit: 60, reset_time: 1640995200 },
      },
    };
    expect(parseGenAIError(body, context())?.retryAfterMs).toBe(60_000);
    const fractional = { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retry_after: '1.5' } } };
    expect(parseGenAIError(fractional, context())?.retryAfterMs).toBe(1_500);
  });

  it('leaves the hint to a Retry-After header when one is sent', () => {
    const body = { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retry_after: 60 } } };
    expect(parseGenAIError(body, context({ 'Retry-After': '5' }))?.retryAfterMs).toBeUndefined();
  });

  it('ignores an unusable retry_after', () => {
    const body = { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retry_after: 'soon' } } };
    expect(parseGenAIError(body, context())?.retryAfterMs).toBeUndefined();
    expect(parseGenAIError(body, context())?.code).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('keeps an undocumented code without a kind, so the status decides', () => {
    expect(parseGenAIError({ success: false, error: { code: 'BRAND_NEW', message: 'New' } }, context({}, 418))).toMatchObject({
      code: 'BRAND_NEW',
      kind: undefined,
    });
  });

  it('accepts null message, details and meta', () => {
    const parsed = parseGenAIError(
      { success: false, error: { code: 'INTERNAL_ERROR', message: null, details: null }, meta: null },
      context({}, 500),
    );
    expect(parsed).toMatchObject({ code: 'INTERNAL_ERROR', message: undefined, details: undefined, requestId: undefined });
  });

  it.each([
    ['undefined', undefined],
    ['plain text', 'Bad Gateway'],
    ['an array', [1, 2]],
    ['another shape', { error: 'not_found', message: 'Nope' }],
    ['an error without code', { success: false, error: { message: 'x' } }],
    ['a code of the wrong type', { success: false, error: { code: 42, message: 'x' } }],
  ])('returns undefined for %s and never throws', (_name, body) => {
    expect(parseGenAIError(body, context({}, 502))).toBeUndefined();
  });
});
