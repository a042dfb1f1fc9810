import { genAIDocument } from '@conduit/specs/genai/document';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenAIMock, genaiBaseUrl, genaiErrorStatus, genaiProfile, genaiTestKey, toGenAICode } from '../src/genai.js';

let time = Date.UTC(2026, 0, 1);
const mock = createGenAIMock({ now: () => time, limits: { analyze: 1 } });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  time = Date.UTC(2026, 0, 1);
});
afterAll(() => server.close());

const send = (path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.key !== null) {
    headers.authorization = `Bearer ${init.key ?? genaiTestKey}`;
  }
  return fetch(`${genaiBaseUrl}${path}`, {
    method: init.method ?? 'POST',
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
};

describe('GenAI mock handlers', () => {
  it.each([
    [null, 'MISSING_API_KEY', { header: 'Authorization' }],
    ['has spaces', 'INVALID_API_KEY', undefined],
    ['genai-expired-0001', 'EXPIRED_API_KEY', { expired_at: '2024-01-01T00:00:00Z' }],
    ['genai-revoked-0001', 'REVOKED_API_KEY', undefined],
  ])('answers key %s with the 401 envelope %s', async (key, code, details) => {
    const response = await send('/models', { method: 'GET', key });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, error: { code }, meta: { request_id: 'req_0000000001' } });
    expect(body.error.details).toEqual(details);
    expect(response.headers.get('X-RateLimit-Limit')).toBe('1000');
  });

  it.each([
    [{ model: 'gpt-4' }, 'MISSING_REQUIRED_FIELD', 'prompt'],
    [{ prompt: 'Hi', model: 'gpt-4', temperature: 5 }, 'INVALID_TEMPERATURE', 'temperature'],
    [{ prompt: 'Hi', model: 'gpt-4', max_tokens: -1 }, 'INVALID_MAX_TOKENS', 'max_tokens'],
    [{ prompt: 'Hi', model: 'gpt-4', top_p: 3 }, 'INVALID_FIELD_VALUE', 'top_p'],
    [{ prompt: 'Hi', model: 'dall-e-3' }, 'UNSUPPORTED_MODEL', 'model'],
    [{ prompt: 'x'.repeat(32_001), model: 'gpt-4' }, 'PROMPT_TOO_LONG', 'prompt'],
  ])('answers /generate %# with the 400 envelope %s', async (body, code, field) => {
    const response = await send('/generate', { body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ success: false, error: { code, details: { field } } });
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('59');
    expect(mock.state.generations.size).toBe(0);
  });

  it('answers a body that is not JSON with INVALID_REQUEST', async () => {
    const response = await send('/analyze', { body: '{not json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
  });

  it('answers an unknown path with ENDPOINT_NOT_FOUND', async () => {
    const response = await send('/webhooks', { method: 'GET' });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'ENDPOINT_NOT_FOUND' } });
  });

  it('enforces the per-minute window with details.retry_after and reopens it after the reset', async () => {
    const ok = await send('/analyze', { body: { text: 'Fine', tasks: ['sentiment'] } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('X-RateLimit-Reset')).toBe(String(Math.ceil((time + 60_000) / 1000)));
    time += 15_000;
    const limited = await send('/analyze', { body: { text: 'Fine', tasks: ['sentiment'] } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(await limited.json()).toMatchObject({ error: { code: 'RATE_LIMIT_EXCEEDED', details: { retry_after: 45, limit: 1 } } });
    time += 45_000;
    expect((await send('/analyze', { body: { text: 'Fine', tasks: ['sentiment'] } })).status).toBe(200);
  });

  it('keeps windows per key', async () => {
    await send('/analyze', { body: { text: 'a', tasks: ['keywords'] } });
    expect((await send('/analyze', { body: { text: 'a', tasks: ['keywords'] }, key: 'another-key-01' })).status).toBe(200);
  });

  it('reset() clears everything', async () => {
    await send('/generate', { body: { prompt: 'Hi', model: 'gpt-4' } });
    expect(mock.state.generations.size).toBe(1);
    mock.reset();
    expect(mock.state).toMatchObject({ requests: 0 });
    expect(mock.state.generations.size).toBe(0);
    expect(mock.state.windows.size).toBe(0);
  });

  it("answers each documented error code with the status the spec's ErrorCode description gives it", () => {
    const codes = (genAIDocument as { components: { schemas: { ErrorCode: { enum: string[] } } } }).components.schemas.ErrorCode.enum;
    expect(Object.keys(genaiErrorStatus).sort()).toEqual([...codes].sort());
    expect(genaiErrorStatus).toMatchObject({ PROMPT_VIOLATION: 400, REVOKED_API_KEY: 401, QUOTA_EXCEEDED: 403, OVERLOADED: 503 });
  });

  it('profiles scenarios in GenAI terms', () => {
    expect(toGenAICode(503, 'service_unavailable')).toBe('SERVICE_UNAVAILABLE');
    expect(toGenAICode(500, 'http_500')).toBe('INTERNAL_ERROR');
    expect(toGenAICode(418, 'teapot')).toBe('INVALID_REQUEST');
    expect(genaiProfile.errorBody(429, 'RATE_LIMIT_EXCEEDED', 'Slow down')).toMatchObject({
      success: false,
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down' },
    });
  });
});
