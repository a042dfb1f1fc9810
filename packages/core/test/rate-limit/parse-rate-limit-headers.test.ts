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
      resetPrecisionMs: 1000,
      resetAbsolute: true,
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
    expect(state).toEqual({
      limit: undefined,
      remaining: undefined,
      resetAt: now + 3000,
      retryAfterMs: undefined,
      observedAt: now,
      resetPrecisionMs: 1000,
      resetAbsolute: false,
    });
  });

  it('tells an explicit Retry-After from a window-derived wait', () => {
    expect(parseRateLimitHeaders(new Headers({ 'retry-after': '2' }), now)?.explicitRetryAfter).toBe(true);
    expect(parseRateLimitHeaders(new Headers({ 'retry-after-ms': '20' }), now)?.explicitRetryAfter).toBe(true);
    expect(parseRateLimitHeaders(new Headers({ 'x-ratelimit-retry-after': '2' }), now)?.explicitRetryAfter).toBeUndefined();
  });

  it('reads a headerless 429 as a throttle, and a headerless 200 as nothing', () => {
    expect(parseRateLimitHeaders(new Headers(), now, 429)).toEqual({ observedAt: now, throttled: true });
    expect(parseRateLimitHeaders(new Headers(), now, 200)).toBeUndefined();
  });

  it('reads draft 6 RateLimit-Policy for the window', () => {
    const state = parseRateLimitHeaders(
      new Headers({ 'ratelimit-policy': '20;w=1', 'ratelimit-limit': '20', 'ratelimit-remaining': '4', 'ratelimit-reset': '1' }),
      now,
    );
    expect(state).toMatchObject({ limit: 20, remaining: 4, resetAt: now + 1000, windowMs: 1000, resetPrecisionMs: 1000 });
  });

  it('reads the draft 7 combined field (express-rate-limit draft-7)', () => {
    const state = parseRateLimitHeaders(new Headers({ 'ratelimit-policy': '20;w=1', ratelimit: 'limit=20, remaining=0, reset=1' }), now);
    expect(state).toMatchObject({ limit: 20, remaining: 0, resetAt: now + 1000, windowMs: 1000, resetAbsolute: false });
  });

  it('reads the draft 8 structured field with its policy (express-rate-limit draft-8)', () => {
    const state = parseRateLimitHeaders(
      new Headers({
        'ratelimit-policy': '"20-in-1sec"; q=20; w=1; pk=:ZjBmYTk5ZWI0NTNh:',
        ratelimit: '"20-in-1sec"; r=7; t=1',
      }),
      now,
    );
    expect(state).toMatchObject({ limit: 20, remaining: 7, resetAt: now + 1000, windowMs: 1000 });
    expect(state?.policies).toEqual([{ name: '20-in-1sec', quota: 20, windowMs: 1000, remaining: 7, resetAt: now + 1000 }]);
  });

  it('with several draft 8-9 policies, the one with the fewest requests left governs', () => {
    const state = parseRateLimitHeaders(
      new Headers({
        'ratelimit-policy': '"hour";q=1000;w=3600, "burst";q=10;w=1',
        ratelimit: '"hour";r=900;t=1800, "burst";r=2;t=1',
      }),
      now,
    );
    expect(state).toMatchObject({ limit: 10, remaining: 2, resetAt: now + 1000, windowMs: 1000 });
    expect(state?.policies).toHaveLength(2);
  });

  it('ignores a RateLimit field that parses as neither draft', () => {
    expect(parseRateLimitHeaders(new Headers({ ratelimit: 'limit=, remaining' }), now)).toBeUndefined();
    expect(parseRateLimitHeaders(new Headers({ ratelimit: '"p";t=1' }), now)).toBeUndefined();
  });
});
