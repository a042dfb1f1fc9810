import { parseMilliseconds, parseRetryAfter } from '@conduit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../support/runs.js';
import { inTimeZone } from '../support/time-zone.js';

const now = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) });
const whitespace = fc.constantFrom('', ' ', '  ', '\t');
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const longDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number) => String(value).padStart(2, '0');

/** The three HTTP-date forms of RFC 9110 §5.6.7 (all GMT), for a whole-second instant. */
function httpDates(ms: number): string[] {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const month = months[d.getUTCMonth()]!;
  return [
    d.toUTCString(),
    `${longDays[d.getUTCDay()]}, ${two(d.getUTCDate())}-${month}-${two(d.getUTCFullYear() % 100)} ${time} GMT`,
    `${days[d.getUTCDay()]} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`,
  ];
}

describe('parseRetryAfter (property)', () => {
  it('reads delta seconds, whole or decimal, with surrounding whitespace, as milliseconds', () => {
    fc.assert(
      fc.property(
        now,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 999 }),
        whitespace,
        whitespace,
        (at, whole, fraction, before, after) => {
          expect(parseRetryAfter(`${before}${whole}${after}`, at)).toBe(whole * 1000);
          expect(parseRetryAfter(`${whole}.${String(fraction).padStart(3, '0')}`, at)).toBe(Math.round((whole + fraction / 1000) * 1000));
        },
      ),
      { numRuns },
    );
  });

  it('reads an HTTP date in the IMF-fixdate form as the time left until it, never negative', () => {
    fc.assert(
      fc.property(now, fc.integer({ min: -86_400, max: 86_400 * 30 }), (at, offsetSeconds) => {
        const target = Math.floor(at / 1000) * 1000 + offsetSeconds * 1000;
        expect(parseRetryAfter(new Date(target).toUTCString(), at)).toBe(Math.max(0, target - at));
      }),
      { numRuns },
    );
  });

  // RFC 9110 requires recipients to accept all three forms, all of them GMT. V8 reads the asctime
  // form as local time (test/known-bugs.test.ts), so this property pins the process to UTC.
  it('reads the obsolete RFC 850 and asctime forms too (in a UTC process)', () => {
    inTimeZone('UTC', () =>
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2049, 0, 1) }),
          fc.integer({ min: 0, max: 86_400 }),
          (at, offsetSeconds) => {
            const target = Math.floor(at / 1000) * 1000 + offsetSeconds * 1000;
            for (const form of httpDates(target)) {
              expect(parseRetryAfter(form, at), form).toBe(Math.max(0, target - at));
            }
          },
        ),
        { numRuns },
      ),
    );
  });

  it('answers any other text with undefined or a finite, non-negative number of milliseconds, and never throws', () => {
    fc.assert(
      fc.property(
        now,
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('-5', '1e3', 'Infinity', 'NaN', '0x10', '1,2', '', '   ')),
        (at, text) => {
          const value = parseRetryAfter(text, at);
          expect(value === undefined || (Number.isFinite(value) && value >= 0), String(value)).toBe(true);
        },
      ),
      { numRuns },
    );
  });
});

describe('parseMilliseconds (property)', () => {
  it('reads whole and decimal milliseconds and refuses everything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.string(), (ms, text) => {
        expect(parseMilliseconds(` ${ms} `)).toBe(ms);
        const other = parseMilliseconds(text);
        expect(other === undefined || (Number.isFinite(other) && other >= 0)).toBe(true);
        if (!/^\s*\d+(\.\d+)?\s*$/.test(text)) {
          expect(other).toBeUndefined();
        }
      }),
      { numRuns },
    );
  });
});
