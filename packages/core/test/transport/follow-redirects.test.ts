import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import type { AuthStrategy } from '../../src/auth/auth-strategy.js';
import { bearer } from '../../src/auth/bearer.js';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, json, type Responder, status } from '../helpers/fake-fetch.js';

function setup(respond: Responder, auth: AuthStrategy = apiKeyHeader('X-API-Key')('vsk_redirecttest000000000001'), maxRedirects?: number) {
  const clock = createFakeClock();
  const { fetch, calls } = createFakeFetch(respond);
  const transport = createTransport({ provider: 'viddyscribe', auth, fetch, now: clock.now, sleep: clock.sleep, maxRedirects });
  return { transport, calls };
}

const redirectOnce =
  (code: number, location: string): Responder =>
  (_request, call) =>
    call === 1 ? status(code, { location }) : json({ ok: true });

describe('redirects are followed by hand', () => {
  it('a cross-origin 302 drops X-API-Key and Authorization on the next hop', async () => {
    const { transport, calls } = setup(redirectOnce(302, 'https://other.example.test/landing'));
    const response = await transport('https://api.example.test/start', {
      headers: { authorization: 'Bearer user-supplied-token-1', cookie: 'session=1', 'x-trace': 'keep-me' },
    });
    expect(await response.json()).toEqual({ ok: true });
    expect(calls).toHaveLength(2);
    expect(calls[0]?.headers.get('x-api-key')).toBe('vsk_redirecttest000000000001');
    expect(calls[1]?.url).toBe('https://other.example.test/landing');
    expect(calls[1]?.headers.has('x-api-key')).toBe(false);
    expect(calls[1]?.headers.has('authorization')).toBe(false);
    expect(calls[1]?.headers.has('cookie')).toBe(false);
    expect(calls[1]?.headers.get('x-trace')).toBe('keep-me');
  });

  it("drops a provider's custom auth header named by the strategy", async () => {
    const { transport, calls } = setup(
      redirectOnce(307, 'https://cdn.example.test/x'),
      apiKeyHeader('X-Custom-Secret')('custom-redirect-key-01'),
    );
    await transport('https://api.example.test/start');
    expect(calls[0]?.headers.get('x-custom-secret')).toBe('custom-redirect-key-01');
    expect(calls[1]?.headers.has('x-custom-secret')).toBe(false);
  });

  it('a same-origin redirect keeps the credentials (relative Location)', async () => {
    const { transport, calls } = setup(redirectOnce(301, '/v2/start'), bearer()('gen_redirecttest0000000002'));
    await transport('https://api.example.test/v1/start');
    expect(calls[1]?.url).toBe('https://api.example.test/v2/start');
    expect(calls[1]?.headers.get('authorization')).toBe('Bearer gen_redirecttest0000000002');
  });

  it('once stripped, credentials stay off even when a later hop returns to the first origin', async () => {
    const { transport, calls } = setup((_request, call) =>
      call === 1
        ? status(302, { location: 'https://other.example.test/a' })
        : call === 2
          ? status(302, { location: 'https://api.example.test/b' })
          : json({}),
    );
    await transport('https://api.example.test/start');
    expect(calls).toHaveLength(3);
    expect(calls[2]?.headers.has('x-api-key')).toBe(false);
  });

  it('a 303 turns a POST into a body-less GET', async () => {
    const { transport, calls } = setup(redirectOnce(303, 'https://api.example.test/result/1'));
    await transport.with({ idempotent: true })('https://api.example.test/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[1]?.method).toBe('GET');
    expect(calls[1]?.body).toBe('');
    expect(calls[1]?.headers.has('content-type')).toBe(false);
  });

  it('a 307 keeps the method and replays the body', async () => {
    const { transport, calls } = setup(redirectOnce(307, 'https://api.example.test/jobs-v2'));
    await transport('https://api.example.test/jobs', { method: 'POST', body: '{"a":2}' });
    expect(calls[1]?.method).toBe('POST');
    expect(calls[1]?.body).toBe('{"a":2}');
  });

  it('refuses a redirect to plain http on a public host', async () => {
    const { transport, calls } = setup(redirectOnce(302, 'http://evil.example.test/steal'));
    const error = await transport('https://api.example.test/start').catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('gives up after maxRedirects hops', async () => {
    const { transport, calls } = setup((request) => status(302, { location: `${request.url}x` }), undefined, 2);
    const error = await transport('https://api.example.test/loop').catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('Too many redirects');
    expect(calls).toHaveLength(3);
  });

  it('returns a 3xx without Location as is', async () => {
    const { transport, calls } = setup(() => status(304));
    await transport('https://api.example.test/x').catch(() => undefined);
    expect(calls).toHaveLength(1);
  });
});
