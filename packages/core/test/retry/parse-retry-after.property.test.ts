import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/retry/parse-retry-after.js';
import { anyCodeUnit, numRuns } from '../helpers/property-runs.js';

describe('parseRetryAfter properties', () => {
  it('never throws and never returns a negative or NaN value for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: anyCodeUnit }),
          fc.date().map((date) => date.toUTCString()),
        ),
        fc.integer(),
        (value, now) => {
          const result = parseRetryAfter(value, now);
          if (result !== undefined) {
            expect(Number.isNaN(result)).toBe(false);
            expect(result).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns },
    );
  });

  it('round-trips integer seconds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), fc.integer(), (seconds, now) => {
        expect(parseRetryAfter(String(seconds), now)).toBe(seconds * 1000);
      }),
      { numRuns },
    );
  });

  it('reads an HTTP date whole seconds ahead of now as that many milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), fc.nat({ max: 86_400 }), (nowSeconds, ahead) => {
        const now = nowSeconds * 1000;
        expect(parseRetryAfter(new Date(now + ahead * 1000).toUTCString(), now)).toBe(ahead * 1000);
      }),
      { numRuns },
    );
  });
});
