import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScriptixError } from '../src/index.js';

const context = (status: number) => ({ status, headers: new Headers() });

describe('parseScriptixError', () => {
  it('reads shape A with its code, details and retry_after in milliseconds', () => {
    const parsed = parseScriptixError(
      {
        error: 'Too Many Requests',
        message: 'Rate limit exceeded',
        error_code: 'RATE_LIMIT_EXCEEDED',
        details: { limit: 60 },
        retry_after: 30,
      },
      context(429),
    );
    expect(parsed).toEqual({
      code: 'RATE_LIMIT_EXCEEDED',
      message: 'Rate limit exceeded',
      details: { limit: 60 },
      kind: 'rate-limit',
      retryAfterMs: 30_000,
    });
  });

  it.each(['MISSING_API_KEY', 'INVALID_API_KEY', 'KEY_REVOKED'])('treats %s as an authentication error whatever the status', (code) => {
    expect(parseScriptixError({ error: 'Forbidden', message: 'no', error_code: code }, context(403))?.kind).toBe('authentication');
  });

  it('reads shape B: message and details, no code, quota for 402', () => {
    const body = { error: { code: 402, message: 'Insufficient credits for this job', details: { field: 'credits', issue: 'none left' } } };
    expect(parseScriptixError(body, context(402))).toEqual({
      code: undefined,
      message: 'Insufficient credits for this job',
      details: { field: 'credits', issue: 'none left' },
      kind: 'quota',
    });
    expect(parseScriptixError({ error: { code: 404, message: 'Session not found' } }, context(404))).toMatchObject({
      message: 'Session not found',
      kind: undefined,
    });
  });

  it('reads shape C with its reason as the code', () => {
    expect(parseScriptixError({ error: 'rate_limit_exceeded', message: 'Too many requests.' }, context(429))).toEqual({
      code: 'rate_limit_exceeded',
      message: 'Too many requests.',
      kind: 'rate-limit',
    });
  });

  it('marks quota and credit codes as quota even on another status', () => {
    expect(parseScriptixError({ error: 'Forbidden', message: 'Quota used', error_code: 'QUOTA_EXCEEDED' }, context(429))?.kind).toBe(
      'quota',
    );
  });

  it('returns undefined for bodies that are none of the three shapes', () => {
    for (const body of [undefined, null, 'Bad gateway', 42, [], { message: 'only a message' }, { error: 17 }]) {
      expect(parseScriptixError(body, context(500))).toBeUndefined();
    }
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 100, max: 599 }), (body, status) => {
        parseScriptixError(body, context(status));
      }),
    );
  });
});
