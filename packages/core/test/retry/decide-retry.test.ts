import { describe, expect, it } from 'vitest';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import type { ConduitError } from '../../src/errors/conduit-error.js';
import { createAPIError } from '../../src/errors/create-api-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { decideRetry, type RetryState } from '../../src/retry/decide-retry.js';

const observedAt = 1_000_000;
const policy = { maxRetryAfter: 60_000, backoff: { random: () => 0.5 } };
const get: RetryState = {
  retriesUsed: 0,
  maxRetries: 2,
  repeatable: true,
  notSent: false,
  remainingMs: undefined,
  aborted: false,
  canRefreshAuth: false,
};
const post: RetryState = { ...get, repeatable: false };

function answer(status: number, headers: Record<string, string> = {}, retryAfterMs?: number): ConduitError {
  const values = new Headers(headers);
  const retryAfter =
    headers['retry-after-ms'] ?? (headers['retry-after'] === undefined ? undefined : String(Number(headers['retry-after']) * 1000));
  const windowHint = headers['x-ratelimit-retry-after'] === undefined ? undefined : Number(headers['x-ratelimit-retry-after']) * 1000;
  const reset = headers['x-ratelimit-reset'] === undefined ? undefined : observedAt + Number(headers['x-ratelimit-reset']) * 1000;
  const remaining = headers['x-ratelimit-remaining'] === undefined ? undefined : Number(headers['x-ratelimit-remaining']);
  const hinted = retryAfter !== undefined || windowHint !== undefined || reset !== undefined || remaining !== undefined;
  const rateLimit = hinted
    ? { remaining, resetAt: reset, retryAfterMs: retryAfter === undefined ? windowHint : Number(retryAfter), observedAt }
    : undefined;
  return createAPIError('x', { status, provider: 'test', headers: values, rateLimit, retryAfterMs });
}

// [name, error, state, expected decision (partial)]
const table: Array<[string, ConduitError, RetryState, object]> = [
  ['GET 500, no hint: backoff 0.5 s x 2^0 half-jittered', answer(500), get, { retry: true, delayMs: 250, reason: 'backoff' }],
  ['GET 500 on the second retry: 0.5 s x 2^1', answer(500), { ...get, retriesUsed: 1 }, { retry: true, delayMs: 500 }],
  ['GET 502, 503, 504 retried', answer(502), get, { retry: true }],
  ['GET 408 retried', answer(408), get, { retry: true }],
  ['GET 501 not retried', answer(501), get, { retry: false, why: 'not-retryable' }],
  ['GET 400 not retried', answer(400), get, { retry: false, why: 'not-retryable' }],
  ['GET 404 not retried', answer(404), get, { retry: false, why: 'not-retryable' }],
  ['GET 402 quota not retried', answer(402), get, { retry: false, why: 'not-retryable' }],
  ['attempts used up', answer(500), { ...get, retriesUsed: 2 }, { retry: false, why: 'retries-used' }],
  ['429 Retry-After: 3 (seconds)', answer(429, { 'retry-after': '3' }), get, { retry: true, delayMs: 3000, reason: 'retry-after' }],
  ['429 retry-after-ms: 250', answer(429, { 'retry-after-ms': '250' }), get, { retry: true, delayMs: 250, reason: 'retry-after' }],
  [
    '429 Retry-After: 2 governs over a reset 10 s away',
    answer(429, { 'retry-after': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '10' }),
    get,
    { retry: true, delayMs: 2000, reason: 'retry-after' },
  ],
  [
    '429 with a spent window and its reset only: wait for the reset',
    answer(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4' }),
    get,
    { retry: true, delayMs: 4000, reason: 'rate-limit-reset' },
  ],
  [
    "429 with api.video's X-RateLimit-Retry-After",
    answer(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-retry-after': '2' }),
    get,
    { retry: true, delayMs: 2000, reason: 'rate-limit-reset' },
  ],
  ['429 with a body hint (GenAI)', answer(429, {}, 7000), get, { retry: true, delayMs: 7000, reason: 'retry-after' }],
  ['429 without any hint: backoff', answer(429), get, { retry: true, delayMs: 250, reason: 'backoff' }],
  ['429 hint beyond maxRetryAfter fails fast', answer(429, { 'retry-after': '120' }), get, { retry: false, why: 'hint-beyond-max' }],
  ['503 Retry-After beyond maxRetryAfter fails fast', answer(503, { 'retry-after': '61' }), get, { retry: false, why: 'hint-beyond-max' }],
  ['503 with Retry-After: 4', answer(503, { 'retry-after': '4' }), get, { retry: true, delayMs: 4000, reason: 'retry-after' }],
  [
    '500 with a window hint while requests remain: backoff, not the hint',
    answer(500, { 'x-ratelimit-remaining': '50', 'x-ratelimit-retry-after': '45' }),
    get,
    { retry: true, delayMs: 250, reason: 'backoff' },
  ],
  ['POST 500: may have been processed, not retried', answer(500), post, { retry: false, why: 'unsafe-method' }],
  ['POST 429: proven not processed, retried', answer(429), post, { retry: true }],
  ['POST 503 with Retry-After: proven not processed', answer(503, { 'retry-after': '1' }), post, { retry: true, delayMs: 1000 }],
  [
    'POST 503 with only a window hint while requests remain: not retried',
    answer(503, { 'x-ratelimit-remaining': '50', 'x-ratelimit-retry-after': '45' }),
    post,
    { retry: false, why: 'unsafe-method' },
  ],
  ['POST 503 without a hint: not retried', answer(503), post, { retry: false, why: 'unsafe-method' }],
  ['POST refused before sending: retried', new APIConnectionError('refused'), { ...post, notSent: true }, { retry: true }],
  ['POST reset mid-flight: not retried', new APIConnectionError('reset'), post, { retry: false, why: 'unsafe-method' }],
  ['POST marked idempotent: retried after a reset', new APIConnectionError('reset'), { ...post, repeatable: true }, { retry: true }],
  ['GET connection reset: retried', new APIConnectionError('reset'), get, { retry: true, reason: 'backoff' }],
  ['GET timeout: retried', new APITimeoutError('slow'), get, { retry: true }],
  ['deadline passed (non-retryable timeout)', new APITimeoutError('late', { retryable: false }), get, { retry: false }],
  [
    'the wait would pass the deadline',
    answer(503, { 'retry-after': '4' }),
    { ...get, remainingMs: 3000 },
    { retry: false, why: 'deadline' },
  ],
  ['the wait fits in the deadline', answer(503, { 'retry-after': '2' }), { ...get, remainingMs: 3000 }, { retry: true, delayMs: 2000 }],
  ['caller aborted', answer(500), { ...get, aborted: true }, { retry: false, why: 'aborted' }],
  ['RequestAbortedError', new RequestAbortedError(), get, { retry: false, why: 'aborted' }],
  [
    '401 with a refreshable auth: refresh at once',
    answer(401),
    { ...get, canRefreshAuth: true },
    { retry: true, delayMs: 0, reason: 'auth-refresh', refreshAuth: true },
  ],
  [
    '401 on a POST with a refreshable auth: refresh too',
    answer(401),
    { ...post, canRefreshAuth: true },
    { retry: true, refreshAuth: true },
  ],
  [
    '401 with a refreshable auth even with retries used up',
    answer(401),
    { ...get, retriesUsed: 2, canRefreshAuth: true },
    { retry: true, refreshAuth: true },
  ],
  ['401 after the refresh was used: not retried', answer(401), get, { retry: false, why: 'not-retryable' }],
];

describe('decideRetry', () => {
  it.each(table)('%s', (_name, error, state, expected) => {
    const decision = decideRetry(error, state, policy);
    expect(decision).toMatchObject(expected);
    if (!('refreshAuth' in expected)) {
      expect(decision).not.toHaveProperty('refreshAuth');
    }
  });

  it('a larger maxRetryAfter sleeps through a long hint', () => {
    expect(decideRetry(answer(429, { 'retry-after': '120' }), get, { maxRetryAfter: 180_000 })).toMatchObject({ delayMs: 120_000 });
  });

  it('backoff is capped at 8 s and follows the injected randomness', () => {
    const decision = decideRetry(
      answer(500),
      { ...get, retriesUsed: 9, maxRetries: 20 },
      { maxRetryAfter: 60_000, backoff: { random: () => 0.999 } },
    );
    expect(decision).toMatchObject({ retry: true, delayMs: 7992 });
  });
});
