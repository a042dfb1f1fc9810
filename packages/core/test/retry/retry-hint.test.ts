import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createAPIError } from '../../src/errors/create-api-error.js';
import type { RateLimitState } from '../../src/rate-limit/rate-limit-state.js';
import { retryHint } from '../../src/retry/retry-hint.js';

const observedAt = 10_000;
const serverError = (rateLimit: RateLimitState | undefined, headers: Record<string, string> = {}) =>
  createAPIError('Service unavailable', { status: 503, provider: 'acme', rateLimit, headers: new Headers(headers) });

describe('retryHint for answers other than 429', () => {
  it('gives nothing for an error that is not an API error, or an answer without rate-limit state', () => {
    expect(retryHint(new ConfigurationError('bad option'))).toBeUndefined();
    expect(retryHint(serverError(undefined))).toBeUndefined();
  });

  it('follows an explicit Retry-After', () => {
    expect(retryHint(serverError({ observedAt, retryAfterMs: 2_000, remaining: 5 }, { 'retry-after': '2' }))).toEqual({
      delayMs: 2_000,
      reason: 'retry-after',
    });
  });

  it('waits for a spent window: its retry hint, or its reset when nothing is left', () => {
    expect(retryHint(serverError({ observedAt, retryAfterMs: 3_000 }))).toEqual({ delayMs: 3_000, reason: 'rate-limit-reset' });
    expect(retryHint(serverError({ observedAt, remaining: 0, retryAfterMs: 1_500 }))).toEqual({
      delayMs: 1_500,
      reason: 'rate-limit-reset',
    });
    expect(retryHint(serverError({ observedAt, remaining: 0, resetAt: observedAt + 4_000 }))).toEqual({
      delayMs: 4_000,
      reason: 'rate-limit-reset',
    });
    expect(retryHint(serverError({ observedAt, remaining: 0, resetAt: observedAt - 500 }))).toEqual({
      delayMs: 0,
      reason: 'rate-limit-reset',
    });
  });

  it('gives nothing while the window has requests left, or when a spent window names no time', () => {
    expect(retryHint(serverError({ observedAt, remaining: 3, resetAt: observedAt + 4_000 }))).toBeUndefined();
    expect(retryHint(serverError({ observedAt, remaining: 0 }))).toBeUndefined();
    expect(retryHint(serverError({ observedAt, resetAt: observedAt + 4_000 }))).toBeUndefined();
  });
});
