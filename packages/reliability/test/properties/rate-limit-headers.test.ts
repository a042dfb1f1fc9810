import { parseRateLimitHeaders, parseResetHeader, parseRetryAfter } from '@conduit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../support/runs.js';

const now = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2060, 0, 1) });
const count = fc.integer({ min: 0, max: 1_000_000_000 });
const junk = fc.oneof(fc.string(), fc.constantFrom('-1', '1.5', 'ten', '', ' ', '1e3', '0x1f', '60, 60'));

/** Every spelling the parser reads, each present or absent, valid or junk. */
const headerSet = fc.record(
  {
    'x-ratelimit-limit': fc.oneof(count.map(String), junk),
    'ratelimit-limit': fc.oneof(count.map(String), junk),
    'x-ratelimit-remaining': fc.oneof(count.map(String), junk),
    'ratelimit-remaining': fc.oneof(count.map(String), junk),
    'x-ratelimit-reset': fc.oneof(
      fc.integer({ min: 0, max: 86_400 }).map(String),
      fc.integer({ min: 1_400_000_000, max: 2_900_000_000 }).map(String),
      fc.integer({ min: 1_400_000_000_000, max: 2_900_000_000_000 }).map(String),
      junk,
    ),
    'ratelimit-reset': fc.integer({ min: 0, max: 3600 }).map(String),
    'retry-after': fc.oneof(
      fc.integer({ min: 0, max: 3600 }).map(String),
      fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
      junk,
    ),
    'retry-after-ms': fc.oneof(fc.integer({ min: 0, max: 600_000 }).map(String), junk),
    'x-ratelimit-retry-after': fc.oneof(fc.integer({ min: 0, max: 3600 }).map(String), junk),
  },
  { requiredKeys: [] },
);

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

const integer = (value: string | null) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined);

describe('parseRateLimitHeaders (property)', () => {
  it('agrees with the single-header parsers field by field, in the documented order of precedence', () => {
    fc.assert(
      fc.property(headerSet, now, (record, at) => {
        const headers = toHeaders(record);
        const state = parseRateLimitHeaders(headers, at);
        const limit = integer(headers.get('x-ratelimit-limit')) ?? integer(headers.get('ratelimit-limit'));
        const remaining = integer(headers.get('x-ratelimit-remaining')) ?? integer(headers.get('ratelimit-remaining'));
        // A junk X-RateLimit-Reset does not hide a valid RateLimit-Reset: each field falls through to the next spelling.
        const resetAt = parseResetHeader(headers.get('x-ratelimit-reset'), at) ?? parseResetHeader(headers.get('ratelimit-reset'), at);
        const ms = headers.get('retry-after-ms');
        const retryAfterMs =
          (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms) ? Math.round(Number(ms)) : undefined) ??
          parseRetryAfter(headers.get('retry-after'), at) ??
          parseRetryAfter(headers.get('x-ratelimit-retry-after'), at);
        if ([limit, remaining, resetAt, retryAfterMs].every((value) => value === undefined)) {
          expect(state).toBeUndefined();
          return;
        }
        // The five fields this property is about; the state also carries precision, policies and flags.
        const { limit: l, remaining: r, resetAt: reset, retryAfterMs: wait, observedAt } = state ?? {};
        expect({ limit: l, remaining: r, resetAt: reset, retryAfterMs: wait, observedAt }).toEqual({
          limit,
          remaining,
          resetAt,
          retryAfterMs,
          observedAt: at,
        });
        for (const value of [state?.limit, state?.remaining, state?.retryAfterMs]) {
          expect(value === undefined || (Number.isFinite(value) && value >= 0)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

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
