import { describe, expect, it } from 'vitest';
import { parseMilliseconds, parseRetryAfter } from '../../src/retry/parse-retry-after.js';

const now = Date.UTC(2030, 0, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta seconds, including fractions and surrounding spaces', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter('Tue, 01 Jan 2030 12:01:00 GMT', now)).toBe(60_000);
  });

  it('never returns a negative wait for a date in the past', () => {
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).toBe(0);
  });

  it('returns undefined for absent, blank and unusable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('   ', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('9'.repeat(400), now)).toBeUndefined();
  });
});

describe('parseMilliseconds', () => {
  it('reads retry-after-ms style values', () => {
    expect(parseMilliseconds('250')).toBe(250);
    expect(parseMilliseconds('12.6')).toBe(13);
    expect(parseMilliseconds('')).toBeUndefined();
    expect(parseMilliseconds('-5')).toBeUndefined();
    expect(parseMilliseconds(null)).toBeUndefined();
  });
});
