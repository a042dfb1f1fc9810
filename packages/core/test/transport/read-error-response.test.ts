import { describe, expect, it } from 'vitest';
import { bearer } from '../../src/auth/bearer.js';
import type { APIError } from '../../src/errors/api-error.js';
import { BadRequestError } from '../../src/errors/bad-request-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { QuotaExceededError } from '../../src/errors/quota-exceeded-error.js';
import { RateLimitError } from '../../src/errors/rate-limit-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { parseBodyText } from '../../src/transport/read-error-response.js';
import type { ErrorBodyParser, TransportOptions } from '../../src/transport/transport-options.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, status } from '../helpers/fake-fetch.js';

const auth = bearer()('gen_readerrortest0000001');

function setup(respond: () => Response, extra: Partial<TransportOptions> = {}) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch(respond);
  const transport = createTransport({ provider: 'genai', auth, fetch, now: clock.now, sleep: clock.sleep, ...extra });
  return { transport, calls, clock };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const genaiParser: ErrorBodyParser = (body) => {
  const envelope = body as { error?: { code?: string; message?: string; details?: { retry_after?: number } } } | undefined;
  if (!envelope?.error?.code) {
    return undefined;
  }
  return {
    code: envelope.error.code,
    message: envelope.error.message,
    details: envelope.error.details,
    kind: envelope.error.code === 'QUOTA_EXCEEDED' ? 'quota' : undefined,
    retryAfterMs: envelope.error.details?.retry_after === undefined ? undefined : envelope.error.details.retry_after * 1000,
  };
};

describe('reading error answers', () => {
  it('populates status, code, message, requestId, headers, body, rateLimit, attempts and retryable', async () => {
    const { transport } = setup(
      () =>
        json({ error: { code: 'MODEL_OVERLOADED', message: 'The model is overloaded' } }, 503, {
          'x-request-id': 'req_abc',
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '59',
        }),
      { parseError: genaiParser, maxRetries: 1, backoff: { random: () => 0.5 } },
    );
    const error = await failure(transport('https://api.example.com/v1/generate'));
    expect(InternalServerError.isInstance(error)).toBe(true);
    const apiError = error as InternalServerError;
    expect(apiError.status).toBe(503);
    expect(apiError.code).toBe('MODEL_OVERLOADED');
    expect(apiError.message).toBe('The model is overloaded');
    expect(apiError.requestId).toBe('req_abc');
    expect(apiError.headers['x-request-id']).toBe('req_abc');
    expect(apiError.body).toEqual({ error: { code: 'MODEL_OVERLOADED', message: 'The model is overloaded' } });
    expect(apiError.rateLimit).toMatchObject({ limit: 60, remaining: 59 });
    expect(apiError.attempts).toBe(2);
    expect(apiError.retryable).toBe(true);
    expect(apiError.provider).toBe('genai');
    expect(apiError.method).toBe('GET');
    expect(apiError.url).toBe('https://api.example.com/v1/generate');
  });

  it('reads the request id from a custom header when configured', async () => {
    const { transport } = setup(() => json({ message: 'bad' }, 400, { 'x-hesedvid-request': 'hv-req-1' }), {
      requestIdHeader: 'x-hesedvid-request',
    });
    const error = await failure(transport('https://api.hesedvid.com/v1/api/videos'));
    expect((error as APIError).requestId).toBe('hv-req-1');
  });

  it('falls back to generic message fields, then to the status text', async () => {
    const detail = await failure(setup(() => json({ detail: 'Field title is required' }, 400)).transport('https://a.test/x'));
    expect((detail as Error).message).toBe('Field title is required');
    const bare = await failure(setup(() => new Response('', { status: 404, statusText: 'Not Found' })).transport('https://a.test/x'));
    expect((bare as Error).message).toBe('genai answered 404 Not Found');
  });

  it('turns a provider quota code on a 429 into QuotaExceededError and does not retry it', async () => {
    const { transport, calls, clock } = setup(
      () => json({ error: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota used up' } }, 429, { 'retry-after': '1' }),
      { parseError: genaiParser },
    );
    const error = await failure(transport('https://api.example.com/v1/generate'));
    expect(QuotaExceededError.isInstance(error)).toBe(true);
    expect(RateLimitError.isInstance(error)).toBe(false);
    expect((error as QuotaExceededError).code).toBe('QUOTA_EXCEEDED');
    expect((error as QuotaExceededError).retryable).toBe(false);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('still picks the class by status for an HTML body, keeping the raw text', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const { transport } = setup(() => new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }), { maxRetries: 0 });
    const error = await failure(transport('https://a.test/x'));
    expect(InternalServerError.isInstance(error)).toBe(true);
    expect((error as APIError).body).toBe(html);
  });

  it('keeps a truncated JSON body as raw text with the right class', async () => {
    const { transport } = setup(
      () => new Response('{"message": "bad inp', { status: 400, headers: { 'content-type': 'application/json' } }),
      {
        parseError: genaiParser,
      },
    );
    const error = await failure(transport('https://a.test/x'));
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect((error as APIError).body).toBe('{"message": "bad inp');
  });

  it('survives a parseError that throws', async () => {
    const { transport } = setup(() => json({ message: 'nope' }, 400), {
      parseError: () => {
        throw new Error('parser bug');
      },
    });
    const error = await failure(transport('https://a.test/x'));
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe('nope');
  });

  it('counts rate-limited answers and failures in stats', async () => {
    const { transport } = setup(() => status(429, { 'retry-after': '0' }), { maxRetries: 1 });
    await failure(transport('https://a.test/x'));
    expect(transport.stats).toMatchObject({ calls: 1, attempts: 2, retries: 1, rateLimited: 2, failures: 1 });
  });
});

describe('parseBodyText', () => {
  it('parses JSON objects and arrays, keeps other text, and reads blank as undefined', () => {
    expect(parseBodyText(' {"a":1} ')).toEqual({ a: 1 });
    expect(parseBodyText('[1,2]')).toEqual([1, 2]);
    expect(parseBodyText('{broken')).toBe('{broken');
    expect(parseBodyText('Service Unavailable')).toBe('Service Unavailable');
    expect(parseBodyText('  \n')).toBeUndefined();
  });
});
