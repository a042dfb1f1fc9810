import { describe, expect, it } from 'vitest';
import { parseScriptixError } from '../src/index.js';

const context = (status: number) => ({ status, headers: new Headers() });

describe('parseScriptixError on sparse bodies', () => {
  it('reads shape A with null details and retry_after as absent, falling back to `error` for the message', () => {
    expect(
      parseScriptixError(
        { error: 'Unauthorized', message: null, error_code: 'KEY_EXPIRED', details: null, retry_after: null },
        context(401),
      ),
    ).toEqual({ code: 'KEY_EXPIRED', message: 'Unauthorized', details: undefined, kind: 'authentication', retryAfterMs: undefined });
  });

  it('takes a numeric shape B code as the status: 402 in the body is a quota error even on a 400 answer', () => {
    expect(parseScriptixError({ error: { code: 402, message: null } }, context(400))).toEqual({
      code: undefined,
      message: undefined,
      details: undefined,
      kind: 'quota',
    });
    expect(parseScriptixError({ error: { code: 404, message: 'Not found' } }, context(400))?.kind).toBeUndefined();
  });

  it('keeps a string shape B code and its details, and classifies it', () => {
    expect(parseScriptixError({ error: { code: 'KEY_REVOKED', message: 'revoked', details: { id: 7 } } }, context(400))).toEqual({
      code: 'KEY_REVOKED',
      message: 'revoked',
      details: { id: 7 },
      kind: 'authentication',
    });
  });

  it('uses the shape C error as its message when no message is given', () => {
    expect(parseScriptixError({ error: 'rate_limit_exceeded' }, context(429))).toEqual({
      code: 'rate_limit_exceeded',
      message: 'rate_limit_exceeded',
      kind: 'rate-limit',
    });
    expect(parseScriptixError({ error: 'insufficient_credits', message: 'Top up' }, context(400))).toEqual({
      code: 'insufficient_credits',
      message: 'Top up',
      kind: 'quota',
    });
  });
});
