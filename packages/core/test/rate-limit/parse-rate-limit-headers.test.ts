import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders, parseResetHeader } from '../../src/rate-limit/parse-rate-limit-headers.js';

const now = Date.UTC(2030, 0, 1, 12, 0, 0);

describe('parseResetHeader', () => {
  it('reads epoch seconds', () => {
    expect(parseResetHeader(String(now / 1000 + 30), now)).toBe(now + 30_000);
  });

  it('reads epoch milliseconds', () => {
    expect(parseResetHeader(String(now + 1234), now)).toBe(now + 1234);
  });

  it('reads small values as seconds until reset', () => {
    expect(parseResetHeader('2', now)).toBe(now + 2000);
    expect(parseResetHeader('0', now)).toBe(now);
    expect(parseResetHeader('3600', now)).toBe(now + 3_600_000);
    expect(parseResetHeader('1.5', now)).toBe(now + 1500);
  });

  it('reads an HTTP date and rejects garbage', () => {
    expect(parseResetHeader(new Date(now + 9000).toUTCString(), now)).toBe(now + 9000);
    expect(parseResetHeader('later', now)).toBeUndefined();
    expect(parseResetHeader(null, now)).toBeUndefined();
  });
});

describe('parseRateLimitHeaders', () => {
  it('returns undefined for an answer without rate-limit headers', () => {
    expect(parseRateLimitHeaders(new Headers({ 'content-type': 'application/json' }), now)).toBeUndefined();
  });

  it('reads X-RateLimit-Limit/Remaining/Reset (epoch seconds)', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '10000',
      'X-RateLimit-Remaining': '9998',
      'X-RateLimit-Reset': String(now / 1000 + 60),
    });
    expect(parseRateLimitHeaders(headers, now)).toEqual({
      limit: 10000,
      remaining: 9998,
      resetAt: now + 60_000,
      retryAfterMs: undefined,
      observedAt: now,
    });
  });

  it('reads X-RateLimit-Reset as epoch ms and as delta seconds', () => {
    expect(parseRateLimitHeaders(new Headers({ 'x-ratelimit-reset': String(now + 500) }), now)?.resetAt).toBe(now + 500);
    expect(parseRateLimitHeaders(new Headers({ 'x-ratelimit-reset': '2' }), now)?.resetAt).toBe(now + 2000);
  });

  it('reads the IETF RateLimit-* names', () => {
    const state = parseRateLimitHeaders(new Headers({ 'RateLimit-Limit': '50', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '7' }), now);
    expect(state).toMatchObject({ limit: 50, remaining: 0, resetAt: now + 7000 });
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(parseRateLimitHeaders(new Headers({ 'retry-after': '3' }), now)?.retryAfterMs).toBe(3000);
    expect(parseRateLimitHeaders(new Headers({ 'retry-after': new Date(now + 5000).toUTCString() }), now)?.retryAfterMs).toBe(5000);
  });

  it("reads retry-after-ms first, then Retry-After, then api.video's X-RateLimit-Retry-After", () => {
    expect(parseRateLimitHeaders(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)?.retryAfterMs).toBe(250);
    expect(parseRateLimitHeaders(new Headers({ 'retry-after': '9', 'x-ratelimit-retry-after': '2' }), now)?.retryAfterMs).toBe(9000);
    expect(parseRateLimitHeaders(new Headers({ 'x-ratelimit-retry-after': '2' }), now)?.retryAfterMs).toBe(2000);
  });

  it('ignores values that are not integers instead of producing NaN', () => {
    const state = parseRateLimitHeaders(
      new Headers({ 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '-1', 'x-ratelimit-reset': '3' }),
      now,
    );
    expect(state).toEqual({ limit: undefined, remaining: undefined, resetAt: now + 3000, retryAfterMs: undefined, observedAt: now });
  });
});
