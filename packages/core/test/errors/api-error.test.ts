import { describe, expect, it } from 'vitest';
import { APIError } from '../../src/errors/api-error.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';

describe('APIError', () => {
  it('stores status, provider, code, request id, body, details, method and rate limit', () => {
    const rateLimit = { limit: 10, remaining: 0, resetAt: 2_000, retryAfterMs: 1_500, observedAt: 500 };
    const error = new APIError('bad thing', {
      status: 409,
      provider: 'viddyscribe',
      code: 'upload_not_ready',
      requestId: 'req_123',
      headers: new Headers({ 'x-request-id': 'req_123', 'content-type': 'application/json' }),
      body: { error: 'not ready', code: 'upload_not_ready' },
      details: { upload_status: 'processing' },
      rateLimit,
      method: 'POST',
      url: 'https://api.viddyscribe.com/enterprise/api/generate_ad_text',
    });
    expect(error).toMatchObject({
      status: 409,
      provider: 'viddyscribe',
      code: 'upload_not_ready',
      requestId: 'req_123',
      body: { error: 'not ready', code: 'upload_not_ready' },
      details: { upload_status: 'processing' },
      rateLimit,
      method: 'POST',
      url: 'https://api.viddyscribe.com/enterprise/api/generate_ad_text',
    });
    expect(error.headers).toEqual({ 'x-request-id': 'req_123', 'content-type': 'application/json' });
  });

  it('stores headers as a record with credential headers redacted', () => {
    const error = new APIError('x', {
      status: 401,
      provider: 'x',
      headers: new Headers({ 'set-cookie': 'session=abcdef123456', authorization: 'Bearer abcdefghijkl', 'x-api-key': 'k-123456789' }),
    });
    expect(error.headers).toEqual({ 'set-cookie': '[REDACTED]', authorization: '[REDACTED]', 'x-api-key': '[REDACTED]' });
  });

  it('truncates a raw text body to 2048 characters', () => {
    const error = new APIError('x', { status: 502, provider: 'x', body: `<html>${'a'.repeat(5000)}</html>` });
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBe(2048);
  });

  it('redacts signed-URL parameters in the stored URL', () => {
    const error = new APIError('x', {
      status: 403,
      provider: 'x',
      url: 'https://storage.googleapis.com/b/o?X-Goog-Signature=abcdef0123&X-Goog-Date=20300101',
    });
    expect(error.url).toBe('https://storage.googleapis.com/b/o?X-Goog-Signature=[REDACTED]&X-Goog-Date=20300101');
  });
});

describe('RateLimitError', () => {
  it('exposes retryAfterMs, limit, remaining and resetAt from the rate-limit state', () => {
    const error = new RateLimitError('slow down', {
      status: 429,
      provider: 'hesedvid',
      rateLimit: { limit: 100, remaining: 0, resetAt: 1_900_000_000_000, retryAfterMs: 3_000, observedAt: 1 },
    });
    expect(error).toMatchObject({ retryAfterMs: 3_000, limit: 100, remaining: 0, resetAt: 1_900_000_000_000, retryable: true });
  });

  it('prefers an explicit (body) hint over the header state', () => {
    const error = new RateLimitError('slow down', {
      status: 429,
      provider: 'genai',
      retryAfterMs: 9_000,
      rateLimit: { retryAfterMs: 3_000, observedAt: 1 },
    });
    expect(error.retryAfterMs).toBe(9_000);
  });
});
