import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { NotFoundError } from '../../src/errors/not-found-error.js';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';
import { UnprocessableEntityError } from '../../src/errors/unprocessable-entity-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, type Responder } from '../helpers/fake-fetch.js';

interface Item {
  id: string;
  name: string;
}

/** A two-operation spec, the shape openapi-typescript generates. */
interface paths {
  '/items/{id}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Item } };
        404: { headers: { [name: string]: unknown }; content: { 'application/json': { message: string } } };
      };
    };
  };
  '/items': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        201: { headers: { [name: string]: unknown }; content: { 'application/json': Item } };
        422: { headers: { [name: string]: unknown }; content: { 'application/json': { message: string } } };
      };
    };
  };
}

const baseUrl = 'https://api.viddyscribe.com/enterprise/api';

function setup(respond: Responder) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch(respond);
  const transport = createTransport({
    provider: 'viddyscribe',
    auth: apiKeyHeader('X-API-Key')('vsk_openapifetchtest0000000001'),
    fetch,
    now: clock.now,
    sleep: clock.sleep,
  });
  return { client: createClient<paths>({ baseUrl, fetch: transport }), calls };
}

describe('createTransport as the fetch of openapi-fetch', () => {
  it('GET: sends auth, returns data on 2xx', async () => {
    const { client, calls } = setup(() => json({ id: 'i1', name: 'first' }));
    const { data, error, response } = await client.GET('/items/{id}', { params: { path: { id: 'i1' } } });
    expect(data).toEqual({ id: 'i1', name: 'first' });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toBe(`${baseUrl}/items/i1`);
    expect(calls[0]?.headers.get('x-api-key')).toBe('vsk_openapifetchtest0000000001');
  });

  it('POST: sends the JSON body and content type, returns the created item', async () => {
    const { client, calls } = setup(() => json({ id: 'i2', name: 'second' }, 201));
    const { data } = await client.POST('/items', { body: { name: 'second' } });
    expect(data).toEqual({ id: 'i2', name: 'second' });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ name: 'second' });
  });

  it('a non-2xx answer throws a typed error instead of returning { error }', async () => {
    const { client } = setup(() => json({ message: 'no such item' }, 404));
    const outcome = await client.GET('/items/{id}', { params: { path: { id: 'missing' } } }).then(
      (result) => ({ resolved: result }),
      (error: unknown) => ({ rejected: error }),
    );
    expect('rejected' in outcome).toBe(true);
    const error = (outcome as { rejected: unknown }).rejected;
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect((error as NotFoundError).message).toBe('no such item');
    expect((error as NotFoundError).url).toBe(`${baseUrl}/items/missing`);
  });

  it('a POST answered 422 throws UnprocessableEntityError and is sent once', async () => {
    const { client, calls } = setup(() => json({ message: 'name too long' }, 422));
    await expect(client.POST('/items', { body: { name: 'x'.repeat(500) } })).rejects.toSatisfy(UnprocessableEntityError.isInstance);
    expect(calls).toHaveLength(1);
  });

  it('a 2xx declared as JSON that does not parse throws ResponseValidationError, not SyntaxError', async () => {
    const { client } = setup(() => new Response('{"id": "i1", "na', { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = await client.GET('/items/{id}', { params: { path: { id: 'i1' } } }).catch((caught: unknown) => caught);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as ResponseValidationError).body).toBe('{"id": "i1", "na');
    expect((error as ResponseValidationError).cause).toBeInstanceOf(SyntaxError);
  });

  it('an empty 2xx JSON body reads as undefined data', async () => {
    const { client } = setup(() => new Response('', { status: 200, headers: { 'content-type': 'application/json' } }));
    const { data, error } = await client.GET('/items/{id}', { params: { path: { id: 'i1' } } });
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });
});
