import { AuthenticationError, QuotaExceededError, RateLimitError } from '@conduit/core';
import { genaiErrorBody, genaiScenarios } from '@conduit/testing/genai';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { useGenAIServer } from './helpers/use-genai-server.js';

const { mock, server, clock, client } = useGenAIServer({ limits: { generate: 2 } });

const generate = { prompt: 'Hello', model: 'gpt-4' } as const;

describe('rate limits and errors against the mock', () => {
  it('gets through a spent window by waiting, on X-RateLimit-* and details.retry_after', async () => {
    const genai = client();
    await genai.generate(generate);
    await genai.generate(generate);
    const third = await genai.generate(generate);
    expect(third.id).toBe('gen_0000000003');
    // The mock's window of 2 per minute reopens 60 s after the first call; the client may pace on the
    // headers or take one 429 and wait out its retry_after, but it never sends into the closed window twice.
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(60_000);
    expect(genai.transport.stats.rateLimited).toBeLessThanOrEqual(1);
    expect(genai.transport.stats.failures).toBe(0);
  });

  it('retries a 429 after details.retry_after seconds', async () => {
    server.use(
      http.post(
        'https://api.example.com/v1/generate',
        () =>
          HttpResponse.json(genaiErrorBody('RATE_LIMIT_EXCEEDED', 'Rate limit exceeded. Try again in 7 seconds.', { retry_after: 7 }), {
            status: 429,
          }),
        { once: true },
      ),
    );
    const genai = client();
    await expect(genai.generate(generate)).resolves.toMatchObject({ model: 'gpt-4' });
    expect(clock.sleeps).toEqual([7_000]);
    expect(genai.transport.stats).toMatchObject({ attempts: 2, rateLimited: 1 });
  });

  it('prefers a Retry-After header over details.retry_after (clock advancing with each sleep)', async () => {
    server.use(
      http.post(
        'https://api.example.com/v1/generate',
        () =>
          HttpResponse.json(genaiErrorBody('RATE_LIMIT_EXCEEDED', 'Slow down', { retry_after: 30 }), {
            status: 429,
            headers: { 'Retry-After': '2' },
          }),
        { once: true },
      ),
    );
    await client().generate(generate);
    expect(clock.sleeps[0]).toBe(2_000);
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(2_000);
  });

  it('fails fast with retryAfterMs when the hint is beyond maxRetryAfter', async () => {
    server.use(
      http.post('https://api.example.com/v1/generate', () =>
        HttpResponse.json(genaiErrorBody('RATE_LIMIT_EXCEEDED', 'Try again in an hour', { retry_after: 3600 }), {
          status: 429,
        }),
      ),
    );
    const error = await client()
      .generate(generate)
      .catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 3_600_000, code: 'RATE_LIMIT_EXCEEDED' });
    expect(clock.sleeps).toEqual([]);
  });

  it('treats CONCURRENT_LIMIT_EXCEEDED as a rate limit and retries it', async () => {
    server.use(genaiScenarios.sequence([{ status: 429, code: 'CONCURRENT_LIMIT_EXCEEDED', message: 'Too many concurrent requests' }]));
    const genai = client();
    await genai.listModels();
    expect(genai.transport.stats).toMatchObject({ attempts: 2, retries: 1, rateLimited: 1 });
  });

  it('never retries QUOTA_EXCEEDED, even on a 403', async () => {
    server.use(genaiScenarios.sequence([{ status: 403, code: 'QUOTA_EXCEEDED', message: 'Monthly quota exceeded' }]));
    const genai = client();
    const error = await genai.listModels().catch((caught: unknown) => caught);
    expect(QuotaExceededError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, code: 'QUOTA_EXCEEDED', retryable: false });
    expect(genai.transport.stats.attempts).toBe(1);
  });

  it.each([
    ['expired', 'EXPIRED_API_KEY'],
    ['revoked', 'REVOKED_API_KEY'],
  ])('answers an %s key with AuthenticationError %s and its request id', async (word, code) => {
    const error = await client({ apiKey: `genai-${word}-key-0001` })
      .listModels()
      .catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code, requestId: 'req_0000000001' });
    expect(mock.requests).toHaveLength(1);
  });

  it('maps the expiredKey scenario to AuthenticationError', async () => {
    server.use(genaiScenarios.expiredKey());
    await expect(client().listModels()).rejects.toMatchObject({ name: 'AuthenticationError', code: 'EXPIRED_API_KEY' });
  });

  it('does not resend a generate after an ambiguous 500', async () => {
    server.use(genaiScenarios.sequence([{ status: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' }], { path: '/generate' }));
    const genai = client();
    await expect(genai.generate(generate)).rejects.toMatchObject({ name: 'InternalServerError', code: 'INTERNAL_ERROR' });
    expect(genai.transport.stats.attempts).toBe(1);
    expect(mock.requests).toHaveLength(0);
  });

  it('resends a generate marked idempotent after a 503', async () => {
    server.use(genaiScenarios.outage({ status: 503, path: '/generate' }));
    const genai = client();
    await expect(genai.generate(generate, { idempotent: true })).resolves.toMatchObject({ id: 'gen_0000000001' });
    expect(genai.transport.stats.attempts).toBe(2);
  });
});
