import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createScenarios } from '../../src/scenarios/create-scenarios.js';
import type { ProviderProfile } from '../../src/scenarios/provider-profile.js';

const profile: ProviderProfile = {
  id: 'acme',
  baseUrl: 'https://api.acme.example/v1/',
  errorBody: (status, code, message) => ({ error: { status, code, message } }),
  expiredKeyCode: 'key_expired',
  rateLimitCode: 'too_many',
  rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) => ({
    'x-limit': String(limit),
    'x-remaining': String(remaining),
    'x-retry': String(retryAfterSeconds),
  }),
};
const scenarios = createScenarios(profile);

/** What `handler` answers for one request: `undefined` when it lets the request through. */
async function answer(handler: HttpHandler, path: string, method = 'GET') {
  return getResponse([handler], new Request(`https://api.acme.example/v1${path}`, { method }));
}

describe('createScenarios', () => {
  it('rateLimited answers 429 in the provider style the given number of times, then lets requests through', async () => {
    const handler = scenarios.rateLimited({ times: 2, limit: 10, remaining: 0, retryAfter: 3 });
    const first = await answer(handler, '/videos');
    expect(first?.status).toBe(429);
    expect(await first?.json()).toEqual({ error: { status: 429, code: 'too_many', message: 'Rate limit exceeded' } });
    expect(first?.headers.get('x-limit')).toBe('10');
    expect(first?.headers.get('x-retry')).toBe('3');
    expect(first?.headers.get('content-type')).toBe('application/json');
    expect((await answer(handler, '/videos'))?.status).toBe(429);
    expect(await answer(handler, '/videos')).toBeUndefined();
  });

  it('rateLimited defaults to one answer with limit 100, nothing remaining and a one-second wait', async () => {
    const handler = scenarios.rateLimited();
    const first = await answer(handler, '/x');
    expect(first?.headers.get('x-limit')).toBe('100');
    expect(first?.headers.get('x-remaining')).toBe('0');
    expect(first?.headers.get('x-retry')).toBe('1');
    expect(await answer(handler, '/x')).toBeUndefined();
  });

  it('outage answers 503 by default, or the given status with a Retry-After', async () => {
    const plain = await answer(scenarios.outage(), '/x');
    expect(plain?.status).toBe(503);
    expect(plain?.headers.get('retry-after')).toBeNull();
    const custom = await answer(scenarios.outage({ status: 502, retryAfter: 7 }), '/x');
    expect(custom?.status).toBe(502);
    expect(custom?.headers.get('retry-after')).toBe('7');
    expect(await custom?.json()).toEqual({
      error: { status: 502, code: 'service_unavailable', message: 'Service temporarily unavailable' },
    });
  });

  it('scopes a scenario by path prefix and method', async () => {
    const handler = scenarios.outage({ path: '/uploads', method: 'post', times: 5 });
    expect(await answer(handler, '/videos', 'POST')).toBeUndefined();
    expect(await answer(handler, '/uploads/1', 'GET')).toBeUndefined();
    expect((await answer(handler, '/uploads/1', 'POST'))?.status).toBe(503);
  });

  it('expiredKey answers 401 with the provider code every time, using its error content type', async () => {
    const handler = createScenarios({ ...profile, errorContentType: 'application/problem+json' }).expiredKey();
    for (let index = 0; index < 3; index++) {
      const response = await answer(handler, '/x');
      expect(response?.status).toBe(401);
      expect(response?.headers.get('content-type')).toBe('application/problem+json');
      expect(await response?.json()).toEqual({ error: { status: 401, code: 'key_expired', message: 'The API key has expired' } });
    }
  });

  it('networkError fails at the network level once', async () => {
    const handler = scenarios.networkError();
    const failed = await answer(handler, '/x');
    expect(failed?.type).toBe('error');
    expect(await answer(handler, '/x')).toBeUndefined();
  });

  it('slow holds matching requests for the given time, then lets them through; others pass at once', async () => {
    vi.useFakeTimers();
    try {
      const handler = scenarios.slow(5_000, { path: '/slow' });
      let settled = false;
      const slow = answer(handler, '/slow').then((response) => {
        settled = true;
        return response;
      });
      await vi.advanceTimersByTimeAsync(4_000);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await slow).toBeUndefined();
      expect(settled).toBe(true);
      expect(await answer(handler, '/fast')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sequence answers each step in turn, passes on `pass`, and lets requests through at the end', async () => {
    const handler = scenarios.sequence([
      'pass',
      { status: 500 },
      { status: 409, code: 'conflict', message: 'Busy', headers: { 'x-step': '3' } },
    ]);
    expect(await answer(handler, '/x')).toBeUndefined();
    const second = await answer(handler, '/x');
    expect(second?.status).toBe(500);
    expect(await second?.json()).toEqual({ error: { status: 500, code: 'http_500', message: 'HTTP 500' } });
    const third = await answer(handler, '/x');
    expect(third?.status).toBe(409);
    expect(third?.headers.get('x-step')).toBe('3');
    expect(await third?.json()).toEqual({ error: { status: 409, code: 'conflict', message: 'Busy' } });
    expect(await answer(handler, '/x')).toBeUndefined();
  });

  it('sequence leaves requests outside its scope alone without using a step', async () => {
    const handler = scenarios.sequence([{ status: 500 }], { method: 'DELETE' });
    expect(await answer(handler, '/x', 'GET')).toBeUndefined();
    expect((await answer(handler, '/x', 'DELETE'))?.status).toBe(500);
  });
});
