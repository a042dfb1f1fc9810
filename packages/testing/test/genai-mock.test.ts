import { genAIOperations } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenAIMock, genaiBaseUrl, genaiErrorStatus, genaiMockModels, genaiProfile, genaiTestKey, toGenAICode } from '../src/genai.js';
import { specExample } from '../src/kernel/spec-example.js';

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
    ['has spaces', 'INVALID_API_KEY', { key_id: 'key_1234567890' }],
    ['genai-expired-0001', 'EXPIRED_API_KEY', { expired_at: '2024-01-01T00:00:00Z' }],
    ['genai-revoked-0001', 'REVOKED_API_KEY', undefined],
  ])('answers key %s with the 401 envelope %s (the spec example)', async (key, code, details) => {
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
  ])('answers /generate %# with the 400 envelope %s', async (body, code, field) => {
    const response = await send('/generate', { body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ success: false, error: { code, details: { field } } });
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('59');
    expect(mock.state.sequences.has('gen')).toBe(false);
  });

  it('answers /generate with the spec example content under a fresh id, the requested model and the clock time', async () => {
    const example = specExample(genAIDocument, genAIOperations.generate).body as { data: Record<string, unknown> };
    const response = await send('/generate', { body: { prompt: 'Hi', model: 'gpt-3.5-turbo' } });
    const { data, meta } = await response.json();
    expect(data).toEqual({ ...example.data, id: 'gen_0000000001', model: 'gpt-3.5-turbo', created: time / 1000 });
    expect(meta).toEqual({ request_id: 'req_0000000001', timestamp: new Date(time).toISOString() });
    expect((await (await send('/generate', { body: { prompt: 'Hi', model: 'gpt-4' } })).json()).data.id).toBe('gen_0000000002');
  });

  it('answers /generate/image with a URL under the fresh id', async () => {
    const { data } = await (await send('/generate/image', { body: { prompt: 'A fox', model: 'stable-diffusion' } })).json();
    expect(data).toEqual({
      id: 'img_0000000001',
      url: 'https://api.example.com/images/img_0000000001.png',
      model: 'stable-diffusion',
      created: time / 1000,
    });
  });

  it("answers /analyze with only the requested tasks' results of the spec example", async () => {
    const { data } = await (await send('/analyze', { body: { text: 'Fine', tasks: ['keywords', 'sentiment'] } })).json();
    expect(data).toEqual({ sentiment: { score: 0.8, label: 'positive' }, keywords: [{ text: 'artificial intelligence', score: 0.92 }] });
  });

  it('answers /models and /new-endpoint with their spec examples', async () => {
    const models = await (await send('/models', { method: 'GET' })).json();
    expect(models).toEqual(specExample(genAIDocument, genAIOperations.listModels).body);
    expect(models.data).toEqual(genaiMockModels);
    expect(await (await send('/new-endpoint', { body: { parameter1: 'x' } })).json()).toEqual({
      success: true,
      data: { id: 'new_123', result: 'Some result' },
    });
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
    expect(mock.requests).toHaveLength(1);
    expect(mock.state.sequences.get('gen')).toBe(1);
    mock.reset();
    expect(mock.requests).toHaveLength(0);
    expect(mock.state.sequences.size).toBe(0);
    expect(mock.state.windows.size).toBe(0);
    expect((await (await send('/generate', { body: { prompt: 'Hi', model: 'gpt-4' } })).json()).data.id).toBe('gen_0000000001');
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
