import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft6Headers } from '../../../src/rate-limit/headers/parse-draft6-headers.js';
import { parseDraft7Header } from '../../../src/rate-limit/headers/parse-draft7-header.js';
import { parsePolicyList } from '../../../src/rate-limit/headers/parse-policy-list.js';
import { parseStructuredRateLimit } from '../../../src/rate-limit/headers/parse-structured-rate-limit.js';
import { parseXRateLimitHeaders } from '../../../src/rate-limit/headers/parse-x-ratelimit-headers.js';
import { readReset } from '../../../src/rate-limit/headers/read-reset.js';
import { parseDictionary, parseList } from '../../../src/rate-limit/headers/structured-fields.js';
import { numRuns } from '../../helpers/property-runs.js';

const now = Date.UTC(2030, 0, 1, 12, 0, 0);
/** Text a server could put in a header value, biased toward the structured-field alphabet. */
const fieldText = fc.oneof(
  fc.string({ unit: 'grapheme-ascii' }),
  fc.string({ unit: fc.constantFrom(...'"\\abcpqrtw;=,: ?*-.0123456789') }),
);
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const count = fc.nat({ max: 1_000_000 });
const seconds = fc.nat({ max: 86_400 });

describe('structured fields (RFC 8941 subset)', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fieldText, (text) => {
        parseList(text);
        parseDictionary(text);
      }),
      { numRuns },
    );
  });

  it('round-trips lists of named items with integer parameters', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name, r: count, t: seconds }), { minLength: 1, maxLength: 4 }), (items) => {
        const text = items.map((item) => `"${item.name}"; r=${item.r}; t=${item.t}`).join(', ');
        const parsed = parseList(text);
        expect(parsed?.map((item) => [item.value, item.parameters.get('r'), item.parameters.get('t')])).toEqual(
          items.map((item) => [item.name, item.r, item.t]),
        );
      }),
      { numRuns },
    );
  });
});

describe('draft 6-9 RateLimit-Policy', () => {
  it('never throws, and every policy it returns has a non-negative integer quota', () => {
    fc.assert(
      fc.property(fieldText, (text) => {
        for (const policy of parsePolicyList(text)) {
          expect(Number.isInteger(policy.quota) && policy.quota >= 0).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('round-trips draft 8 policies and draft 6 quotas', () => {
    fc.assert(
      fc.property(name, count, fc.integer({ min: 1, max: 86_400 }), (policyName, quota, window) => {
        expect(parsePolicyList(`"${policyName}";q=${quota};w=${window}`)).toEqual([{ name: policyName, quota, windowMs: window * 1000 }]);
        expect(parsePolicyList(`${quota};w=${window}`)).toEqual([{ name: undefined, quota, windowMs: window * 1000 }]);
      }),
      { numRuns },
    );
  });
});

describe('draft 7 combined RateLimit', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fieldText, (text) => {
        parseDraft7Header(text, new Headers(), now);
      }),
      { numRuns },
    );
  });

  it('round-trips limit, remaining and reset', () => {
    fc.assert(
      fc.property(count, count, seconds, (limit, remaining, reset) => {
        const reading = parseDraft7Header(`limit=${limit}, remaining=${remaining}, reset=${reset}`, new Headers(), now);
        expect(reading).toMatchObject({ limit, remaining, resetAt: now + reset * 1000 });
      }),
      { numRuns },
    );
  });
});

describe('drafts 8-9 structured RateLimit', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fieldText, fieldText, (field, policy) => {
        parseStructuredRateLimit(field, new Headers({ 'ratelimit-policy': policy.replace(/[\r\n\0]/g, '') }), now);
      }),
      { numRuns },
    );
  });

  it('picks the policy with the fewest requests left, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name, r: count, t: seconds }), { minLength: 1, maxLength: 4, selector: (item) => item.name }),
        (items) => {
          const reading = parseStructuredRateLimit(
            items.map((item) => `"${item.name}";r=${item.r};t=${item.t}`).join(', '),
            new Headers(),
            now,
          );
          expect(reading?.remaining).toBe(Math.min(...items.map((item) => item.r)));
          expect(reading?.policies).toHaveLength(items.length);
        },
      ),
      { numRuns },
    );
  });
});

describe('X-RateLimit-* and draft 6 fields', () => {
  it('never throw, and never yield NaN', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'x-ratelimit-limit',
            'x-ratelimit-remaining',
            'x-ratelimit-reset',
            'x-ratelimit-retry-after',
            'ratelimit-limit',
            'ratelimit-remaining',
            'ratelimit-reset',
            'ratelimit-policy',
          ),
          fieldText,
        ),
        (values) => {
          const headers = new Headers();
          for (const [key, value] of Object.entries(values)) {
            headers.set(key, value.replace(/[\r\n\0]/g, ''));
          }
          for (const reading of [parseXRateLimitHeaders(headers, now), parseDraft6Headers(headers, now)]) {
            for (const value of Object.values(reading ?? {})) {
              expect(Number.isNaN(value)).toBe(false);
            }
          }
        },
      ),
      { numRuns },
    );
  });

  it('reset precision: whole seconds are 1000 ms coarse, fractions and epoch ms exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_500_000_000, max: 2_500_000_000 }), fc.integer({ min: 1, max: 999 }), (epochSeconds, millis) => {
        expect(readReset(String(epochSeconds), now)).toEqual({ resetAt: epochSeconds * 1000, precisionMs: 1000, absolute: true });
        expect(readReset(`${epochSeconds}.${String(millis).padStart(3, '0')}`, now)?.precisionMs).toBe(1);
        expect(readReset(String(epochSeconds * 1000 + millis), now)).toEqual({
          resetAt: epochSeconds * 1000 + millis,
          precisionMs: 1,
          absolute: true,
        });
      }),
      { numRuns },
    );
  });
});
