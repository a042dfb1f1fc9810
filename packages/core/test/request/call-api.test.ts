import { describe, expect, it } from 'vitest';
import { bearer } from '../../src/auth/bearer.js';
import { none } from '../../src/auth/none.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';
import { APIPromise } from '../../src/request/api-promise.js';
import { callApi, respond } from '../../src/request/call-api.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeFetch, json } from '../helpers/fake-fetch.js';

const rateHeaders = { 'x-request-id': 'req_42', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': '30' };

function setup(respond = () => json({ id: 'a1' }, 200, rateHeaders)) {
  const fake = createFakeFetch(respond);
  const transport = createTransport({ provider: 'test', auth: none(), fetch: fake.fetch, now: () => 1_000_000, maxRetries: 1 });
  const send = async (fetch: (request: Request) => Promise<Response>) => {
    const response = await fetch(new Request('https://api.test/items/a1'));
    return { data: await response.json(), response };
  };
  return { ...fake, transport, send };
}

describe('callApi', () => {
  it('resolves to the data, and withResponse() adds the response, request id and rate limit', async () => {
    const { transport, send, calls } = setup();
    const promise = callApi<{ id: string }>(transport, { label: 'test items.get', options: undefined, send });
    expect(promise).toBeInstanceOf(APIPromise);
    expect(await promise).toEqual({ id: 'a1' });
    const answer = await promise.withResponse();
    expect(answer.requestId).toBe('req_42');
    expect(answer.rateLimit).toMatchObject({ limit: 10, remaining: 7, resetAt: 1_030_000 });
    expect(answer.response.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('sends the per-call headers and lets the caller override the method defaults', async () => {
    const { transport, send, calls } = setup();
    await callApi(transport, {
      label: 'test',
      options: { headers: { 'x-trace': 't1' }, maxRetries: 0 },
      defaults: { maxRetries: 3 },
      send,
    });
    expect(calls[0]?.headers.get('x-trace')).toBe('t1');
  });

  it('never lets a per-call header replace the auth header', async () => {
    const fake = createFakeFetch(() => json({}));
    const transport = createTransport({ provider: 'test', auth: bearer()('tok_secret_value_123'), fetch: fake.fetch });
    const send = async (fetch: (request: Request) => Promise<Response>) => {
      const response = await fetch(new Request('https://api.test/x'));
      return { data: await response.json(), response };
    };
    await callApi(transport, { label: 'test', options: { headers: { authorization: 'Bearer forged' } }, send });
    expect(fake.calls[0]?.headers.get('authorization')).toBe('Bearer tok_secret_value_123');
  });

  it('runs per-call middleware', async () => {
    const { transport, send } = setup();
    const seen: string[] = [];
    await callApi(transport, {
      label: 'test',
      options: { middleware: [{ name: 'spy', onRequest: ({ request }) => void seen.push(request.url) }] },
      send,
    });
    expect(seen).toEqual(['https://api.test/items/a1']);
  });

  it('rejects bad options with a ConfigurationError and sends nothing', async () => {
    const { transport, send, calls } = setup();
    const promise = callApi(transport, { label: 'test items.get', options: { timout: 5 } as never, send });
    await expect(promise).rejects.toThrow(ConfigurationError);
    await expect(promise.withResponse()).rejects.toThrow(
      'test items.get request options: unknown option `timout`. Did you mean `timeout`?',
    );
    expect(calls).toHaveLength(0);
  });

  it('checks the answer with readJson options', async () => {
    const { transport, send } = setup(() => json({ other: 1 }));
    const { looseObject, string } = await import('zod/mini');
    await expect(
      callApi(transport, { label: 'test', options: {}, send, read: { what: 'test items.get', schema: looseObject({ id: string() }) } }),
    ).rejects.toThrow(ResponseValidationError);
  });

  it('reads with a function when the answer is not JSON', async () => {
    const { transport } = setup(() => new Response('plain text'));
    const data = await callApi(transport, {
      label: 'test',
      options: {},
      send: async (fetch) => {
        const response = await fetch(new Request('https://api.test/text'));
        return { data: await response.text(), response };
      },
      read: (result) => String(result.data).toUpperCase(),
    });
    expect(data).toBe('PLAIN TEXT');
  });

  it('respond() describes any response with the transport', () => {
    const { transport } = setup();
    const answer = respond(transport, 5, new Response(null, { headers: { 'x-request-id': 'req_9' } }));
    expect(answer).toMatchObject({ data: 5, requestId: 'req_9', rateLimit: undefined });
  });
});
