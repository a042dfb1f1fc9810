import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { APIPromise, BadRequestError, ConfigurationError } from '../src/index.js';
import { useGenAIServer } from './helpers/use-genai-server.js';

const { mock, server, client } = useGenAIServer();

function countRequests() {
  const seen: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(request);
  });
  return seen;
}

describe('generate', () => {
  it('returns the unwrapped generation', async () => {
    const genai = client();
    const text = await genai.generate({
      prompt: 'Write a blog post about artificial intelligence',
      model: 'gpt-3.5-turbo',
      max_tokens: 20,
    });
    // Content and usage are the spec example's; id, model and time are the mock's.
    expect(text).toEqual({
      id: 'gen_0000000001',
      content: 'Artificial Intelligence (AI) has revolutionized...',
      model: 'gpt-3.5-turbo',
      usage: { prompt_tokens: 12, completion_tokens: 150, total_tokens: 162 },
      created: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    });
    expect((await genai.generate({ prompt: 'Again', model: 'gpt-4' })).id).toBe('gen_0000000002');
  });

  it('sends only the fields given, as JSON', async () => {
    let sent: unknown;
    server.use(
      http.post('https://api.example.com/v1/generate', async ({ request }) => {
        sent = await request.clone().json();
        return undefined;
      }),
    );
    await client().generate({ prompt: 'Hi', model: 'gpt-4', temperature: 0 });
    expect(sent).toEqual({ prompt: 'Hi', model: 'gpt-4', temperature: 0 });
  });

  it('withResponse exposes meta, the request id and the rate-limit headers', async () => {
    const result = await client().generate({ prompt: 'Hello', model: 'gpt-4' }).withResponse();
    expect(result.data.id).toMatch(/^gen_/);
    expect(result.meta).toEqual({ request_id: 'req_0000000001', timestamp: '2026-01-01T00:00:00.000Z' });
    expect(result.requestId).toBe('req_0000000001');
    expect(result.rateLimit).toMatchObject({ limit: 60, remaining: 59, resetAt: Date.UTC(2026, 0, 1) + 60_000 });
    expect(result.response.status).toBe(200);
  });

  it.each([
    [{ prompt: 'Hi', model: 'gpt-4', temperature: 2.5 }, /`temperature` must be a number between 0 and 2 \(got 2.5\)/],
    [{ prompt: 'Hi', model: 'gpt-4', temperature: -0.1 }, /`temperature` must be a number between 0 and 2/],
    [{ prompt: 'Hi', model: 'gpt-4', max_tokens: 0 }, /`max_tokens` must be a positive whole number \(got 0\)/],
    [{ prompt: 'Hi', model: 'gpt-4', max_tokens: 10.5 }, /`max_tokens` must be a positive whole number/],
    [{ prompt: 'Hi', model: 'gpt-4', top_p: 1.1 }, /`top_p` must be a number between 0 and 1/],
    [{ prompt: 'Hi', model: 'gpt-4', presence_penalty: -3 }, /`presence_penalty` must be a number between -2 and 2/],
    [{ prompt: '   ', model: 'gpt-4' }, /`prompt` must not be empty/],
    [{ model: 'gpt-4' }, /`prompt` is required/],
    [{ prompt: 'Hi' }, /`model` is required/],
    [{ prompt: 'Hi', model: 'gpt-4', maxTokens: 10 }, /unknown field `maxTokens` \(did you mean `max_tokens`\?\)/],
  ])('refuses %o before sending', async (request, message) => {
    const seen = countRequests();
    const error = await client()
      .generate(request as never)
      .catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(seen).toHaveLength(0);
    expect(mock.requests).toHaveLength(0);
  });

  it('refuses a request that is not an object', async () => {
    await expect(client().generate('Write a poem' as never)).rejects.toThrow(
      /pass an object such as \{ prompt: "Hello", model: "gpt-4" \}, got string/,
    );
  });

  it('lists every problem at once', async () => {
    const error = (await client()
      .generate({ prompt: '', model: 'gpt-4', temperature: 9 } as never)
      .catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain('`prompt`');
    expect(error.message).toContain('`temperature`');
  });

  it('with validateRequests: false lets the server answer with its documented 400', async () => {
    const error = await client({ validateRequests: false })
      .generate({ prompt: 'Hi', model: 'gpt-4', temperature: 3 })
      .catch((caught: unknown) => caught);
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      status: 400,
      code: 'INVALID_TEMPERATURE',
      requestId: 'req_0000000001',
      details: { field: 'temperature' },
    });
  });

  it('maps an unknown model to the server 400 UNSUPPORTED_MODEL', async () => {
    await expect(client().generate({ prompt: 'Hi', model: 'gpt-9' })).rejects.toMatchObject({
      name: 'BadRequestError',
      code: 'UNSUPPORTED_MODEL',
      message: 'Model is not supported',
    });
  });

  it('checks per-call options', async () => {
    await expect(client().generate({ prompt: 'Hi', model: 'gpt-4' }, { timeout: -1 })).rejects.toThrow(
      /request option `timeout` must be a positive/,
    );
    await expect(client().generate({ prompt: 'Hi', model: 'gpt-4' }, { retries: 3 } as never)).rejects.toThrow(/unknown option `retries`/);
    await expect(client().generate({ prompt: 'Hi', model: 'gpt-4' }, { timout: 1 } as never)).rejects.toThrow(/Did you mean `timeout`\?/);
    expect(mock.requests).toHaveLength(0);
  });

  it('returns an APIPromise that rejects on bad input, never a synchronous throw', async () => {
    const promise = client().generate({ model: 'gpt-4' } as never);
    expect(promise).toBeInstanceOf(APIPromise);
    await expect(promise).rejects.toSatisfy(ConfigurationError.isInstance);
    const options = client().listModels({ timout: 1 } as never);
    expect(options).toBeInstanceOf(APIPromise);
    await expect(options.withResponse()).rejects.toThrow(/Did you mean `timeout`\?/);
  });

  it('honours a per-call signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client().generate({ prompt: 'Hi', model: 'gpt-4' }, { signal: controller.signal })).rejects.toMatchObject({
      name: 'RequestAbortedError',
    });
    expect(mock.requests).toHaveLength(0);
  });
});
