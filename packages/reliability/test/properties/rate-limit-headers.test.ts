import { parseRateLimitHeaders, parseResetHeader } from '@conduit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../support/runs.js';

const now = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2060, 0, 1) });

/** `Headers` refuses some characters; drop values it cannot carry (a server could not send them either). */
function toHeaders(record: Record<string, string>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(record)) {
    try {
      headers.set(
        name.replace(/^x/, (x) => (value.length % 2 ? x.toUpperCase() : x)),
        value,
      );
    } catch {
      // not a legal header value
    }
  }
  return headers;
}

describe('parseRateLimitHeaders (property)', () => {
  // No oracle here that rebuilds the parser's precedence from its own helpers (it proved nothing the code
  // did not already say): exact answers are core's table tests; these properties hold for every input.
  it('never throws and answers undefined for headers that carry no rate-limit information', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.string()), now, (record, at) => {
        const unrelated = Object.fromEntries(Object.entries(record).filter(([name]) => !/ratelimit|retry-after/.test(name)));
        expect(parseRateLimitHeaders(toHeaders(unrelated), at)).toBeUndefined();
      }),
      { numRuns },
    );
  });
});

describe('parseResetHeader (property)', () => {
  it('tells delta seconds, epoch seconds and epoch milliseconds apart', () => {
    fc.assert(
      fc.property(now, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: -86_400, max: 86_400 * 365 }), (at, delta, offset) => {
        expect(parseResetHeader(String(delta), at)).toBe(at + delta * 1000);
        const epochSeconds = Math.floor(at / 1000) + offset;
        expect(parseResetHeader(String(epochSeconds), at)).toBe(epochSeconds * 1000);
        expect(parseResetHeader(String(epochSeconds * 1000 + 123), at)).toBe(epochSeconds * 1000 + 123);
        expect(parseResetHeader(new Date(epochSeconds * 1000).toUTCString(), at)).toBe(epochSeconds * 1000);
      }),
      { numRuns },
    );
  });

  it('answers any text with undefined or a finite instant, and never throws', () => {
    fc.assert(
      fc.property(now, fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (at, text) => {
        const value = parseResetHeader(text, at);
        expect(value === undefined || Number.isFinite(value)).toBe(true);
      }),
      { numRuns },
    );
  });
});
