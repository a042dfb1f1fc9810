import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders, parseResetHeader } from '../../src/rate-limit/parse-rate-limit-headers.js';
import { numRuns } from '../helpers/property-runs.js';

const names = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
  'retry-after-ms',
  'ratelimit',
  'ratelimit-policy',
] as const;

/** Header values as a server could send them: no CR, LF or NUL (the Headers class refuses those). */
const headerValue = fc.oneof(
  fc.string({ unit: 'grapheme-ascii' }),
  fc.string({ unit: fc.constantFrom(...'0123456789.-+eE :,GMT') }),
  fc.string({ unit: fc.constantFrom(...'"abc;=,: rqtwlimt0123456789?*-') }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toUTCString())),
);

describe('parseRateLimitHeaders properties', () => {
  it('never throws and never yields NaN, whatever the header values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), headerValue), fc.integer({ min: 0, max: 4_102_444_800_000 }), (values, now) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(values)) {
          headers.set(name, value);
        }
        const state = parseRateLimitHeaders(headers, now, 429);
        expect(state?.throttled).toBe(true);
        if (state !== undefined) {
          expect(state.observedAt).toBe(now);
          for (const field of [state.limit, state.remaining, state.resetAt, state.retryAfterMs]) {
            expect(Number.isNaN(field)).toBe(false);
          }
          if (state.retryAfterMs !== undefined) {
            expect(state.retryAfterMs).toBeGreaterThanOrEqual(0);
          }
          if (state.remaining !== undefined) {
            expect(Number.isInteger(state.remaining) && state.remaining >= 0).toBe(true);
          }
        }
      }),
      { numRuns },
    );
  });

  it('parseResetHeader classifies any non-negative number as delta, epoch seconds or epoch ms', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 47 }), fc.integer({ min: 1_000_000_000_000, max: 4_102_444_800_000 }), (value, now) => {
        const resetAt = parseResetHeader(String(value), now);
        if (value > 1e12) {
          expect(resetAt).toBe(value);
        } else if (value > 1e9) {
          expect(resetAt).toBe(value * 1000);
        } else {
          expect(resetAt).toBe(now + value * 1000);
        }
      }),
      { numRuns },
    );
  });
});
