import { parseMilliseconds, parseRetryAfter } from '../retry/parse-retry-after.js';
import type { RateLimitState } from './rate-limit-state.js';

const integer = /^\s*\d+\s*$/;

function readInteger(headers: Headers, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && integer.test(value)) {
      return Number(value);
    }
  }
  return undefined;
}

/**
 * `X-RateLimit-Reset` is sent as epoch seconds by some servers, epoch milliseconds by others,
 * and as seconds-until-reset by the rest. Values below ~year 2001 in seconds are deltas.
 */
export function parseResetHeader(value: string | null, now: number): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    const date = value === null ? Number.NaN : Date.parse(value);
    return Number.isNaN(date) ? undefined : date;
  }
  const number = Number(value);
  if (number > 1e12) {
    return Math.round(number);
  }
  if (number > 1e9) {
    return Math.round(number * 1000);
  }
  return now + Math.round(number * 1000);
}

/**
 * The one rate-limit header parser, run on every answer (success or error): `X-RateLimit-*`,
 * IETF `RateLimit-*`, `Retry-After` (seconds or HTTP date), `retry-after-ms` and api.video's
 * `X-RateLimit-Retry-After`. Returns `undefined` when the answer carries no such header.
 */
export function parseRateLimitHeaders(headers: Headers, now: number): RateLimitState | undefined {
  const limit = readInteger(headers, 'x-ratelimit-limit', 'ratelimit-limit');
  const remaining = readInteger(headers, 'x-ratelimit-remaining', 'ratelimit-remaining');
  const resetAt = parseResetHeader(headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset'), now);
  const retryAfterMs =
    parseMilliseconds(headers.get('retry-after-ms')) ??
    parseRetryAfter(headers.get('retry-after'), now) ??
    parseRetryAfter(headers.get('x-ratelimit-retry-after'), now);
  if (limit === undefined && remaining === undefined && resetAt === undefined && retryAfterMs === undefined) {
    return undefined;
  }
  return { limit, remaining, resetAt, retryAfterMs, observedAt: now };
}
