import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { ResponseValidationError } from '../../src/errors/response-validation-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch } from '../helpers/fake-fetch.js';

function setup(respond: () => Response) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch(respond);
  return { transport: createTransport({ provider: 'test', auth: none(), fetch, now: clock.now, sleep: clock.sleep }), calls };
}

describe('reading 2xx answers', () => {
  it('passes a valid JSON body through unchanged', async () => {
    const { transport } = setup(() => new Response('{"a":[1,2]}', { headers: { 'content-type': 'application/json; charset=utf-8' } }));
    const response = await transport('https://a.test/x');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: [1, 2] });
  });

  it('throws ResponseValidationError (not retried) for a JSON-declared body that does not parse', async () => {
    const { transport, calls } = setup(
      () => new Response('<html>oops</html>', { headers: { 'content-type': 'application/problem+json' } }),
    );
    const error = await transport('https://a.test/x').catch((caught: unknown) => caught);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect((error as ResponseValidationError).status).toBe(200);
    expect((error as ResponseValidationError).body).toBe('<html>oops</html>');
    expect(calls).toHaveLength(1);
  });

  it('turns a blank JSON body into an empty answer with content-length 0', async () => {
    const { transport } = setup(() => new Response('  \n', { status: 200, headers: { 'content-type': 'application/json' } }));
    const response = await transport('https://a.test/x');
    expect(response.headers.get('content-length')).toBe('0');
    expect(await response.text()).toBe('');
  });

  it('does not touch non-JSON bodies and 204 answers', async () => {
    const text = setup(() => new Response('plain, not {json', { headers: { 'content-type': 'text/plain' } }));
    expect(await (await text.transport('https://a.test/x')).text()).toBe('plain, not {json');
    const empty = setup(() => new Response(null, { status: 204, headers: { 'content-type': 'application/json' } }));
    expect((await empty.transport('https://a.test/x')).status).toBe(204);
  });
});
