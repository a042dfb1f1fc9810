import { describe, expect, it } from 'vitest';
import { maskSecret, redact, redactHeaders, redactValue, registerSecret } from '../../src/redaction/redact.js';

describe('maskSecret', () => {
  it('shows the prefix up to the underscore and the last three characters', () => {
    expect(maskSecret('vsk_abc123def456ghi789jkl012mno345pqr678stu901vwx234yz')).toBe('vsk_…4yz');
    expect(maskSecret('hv_live_abcdef1234567890')).toBe('hv_live_…890');
    expect(maskSecret('plainkeywithoutprefix')).toBe('pl…fix');
    expect(maskSecret('short')).toBe('***');
  });

  it('never shows most of a short key: the underscore prefix is dropped when little would stay hidden', () => {
    expect(maskSecret('dAAAAAAA_')).toBe('dA…AA_');
    expect(maskSecret('hv_live_abcd')).toBe('hv…bcd');
    expect(maskSecret('hv_live_abcdefghij')).toBe('hv_live_…hij');
  });
});

describe('redact', () => {
  it('masks a registered secret wherever it appears', () => {
    registerSecret('zz-registered-secret-42');
    expect(redact('a zz-registered-secret-42 b zz-registered-secret-42')).toBe('a zz…-42 b zz…-42');
  });

  it('ignores registrations shorter than 6 characters (too likely to hit normal text)', () => {
    registerSecret('abc');
    expect(redact('abcdef')).toBe('abcdef');
  });

  it('masks known key formats even when not registered', () => {
    expect(redact('key vsk_abc123def456ghi789 used')).toBe('key vsk_…789 used');
    expect(redact('hv_live_0123456789abcdef and hv_test_0123456789abcdef')).toBe('hv_live_…def and hv_test_…def');
    expect(redact('sk-proj1234567890abcdef')).not.toContain('1234567890abcdef');
  });

  it('hides Bearer, Basic and Token values', () => {
    expect(redact('Authorization: Bearer abc.def-ghi_jkl')).toBe('Authorization: Bearer [REDACTED]');
    expect(redact('authorization: basic dXNlcjpwYXNzd29yZA==')).toBe('authorization: basic [REDACTED]');
    expect(redact('Token abcdef123456')).toBe('Token [REDACTED]');
  });

  it('hides user-info in URLs', () => {
    expect(redact('https://user:p4ssw0rd@api.example.com/x')).toBe('https://[REDACTED]@api.example.com/x');
    expect(redact('redis://:secretpass@127.0.0.1:6379')).toBe('redis://[REDACTED]@127.0.0.1:6379');
    expect(redact('https://ghp_tokenasusername123@git.example.com/repo')).toBe('https://[REDACTED]@git.example.com/repo');
    expect(redact('https://api.example.com/v1/users?email=someone@example.com')).toBe(
      'https://api.example.com/v1/users?email=someone@example.com',
    );
  });

  it.each(['token', 'sig', 'signature', 'X-Goog-Signature', 'X-Amz-Signature', 'X-Amz-Credential', 'access_token', 'api_key'])(
    'hides the signed-URL parameter %s and keeps the rest',
    (name) => {
      const url = `https://storage.example.com/bucket/obj.mp4?X-Goog-Date=20300101&${name}=SECRETVALUE123&keep=1#frag`;
      expect(redact(url)).toBe(`https://storage.example.com/bucket/obj.mp4?X-Goog-Date=20300101&${name}=[REDACTED]&keep=1#frag`);
    },
  );

  it('hides a parameter that comes first, and JWTs and JSON secret fields', () => {
    expect(redact('https://a.test/x?sig=abc123&sv=2024')).toBe('https://a.test/x?sig=[REDACTED]&sv=2024');
    expect(redact('jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')).toBe('jwt [REDACTED_JWT]');
    expect(redact('{"api_key": "abc", "password":"hunter2", "name":"ok"}')).toBe(
      '{"api_key": "[REDACTED]", "password":"[REDACTED]", "name":"ok"}',
    );
  });

  it('leaves ordinary text alone', () => {
    const text = 'GET https://api.hesedvid.com/v1/api/videos?page=2&pageSize=50 answered 200';
    expect(redact(text)).toBe(text);
  });
});

describe('redactValue and redactHeaders', () => {
  it('walks objects and arrays, replacing sensitive keys and redacting strings', () => {
    const value = {
      nested: { authorization: 'Bearer x', list: ['vsk_abc123def456ghi789', 3, null] },
      token: 'abc',
      ok: 'fine',
    };
    expect(redactValue(value)).toEqual({
      nested: { authorization: '[REDACTED]', list: ['vsk_…789', 3, null] },
      token: '[REDACTED]',
      ok: 'fine',
    });
    expect(value.token).toBe('abc');
  });

  it('turns Headers into a record with credential headers replaced', () => {
    const headers = new Headers({
      authorization: 'Basic abc',
      'x-api-key': 'vsk_x',
      'content-type': 'text/plain',
      location: 'https://a.test/?token=t0ken',
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: '[REDACTED]',
      'x-api-key': '[REDACTED]',
      'content-type': 'text/plain',
      location: 'https://a.test/?token=[REDACTED]',
    });
    expect(redactHeaders(undefined)).toEqual({});
  });
});
