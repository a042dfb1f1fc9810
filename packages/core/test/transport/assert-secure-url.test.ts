import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { assertSecureUrl, isLoopbackHost } from '../../src/transport/assert-secure-url.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeFetch, json } from '../helpers/fake-fetch.js';

function configurationError(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    if (ConfigurationError.isInstance(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('assertSecureUrl', () => {
  it('accepts https and returns the parsed URL', () => {
    expect(assertSecureUrl('https://api.hesedvid.com/v1/api').href).toBe('https://api.hesedvid.com/v1/api');
    expect(assertSecureUrl(new URL('https://ws.api.video')).host).toBe('ws.api.video');
  });

  it.each(['http://127.0.0.1:8080/x', 'http://localhost:3000', 'http://[::1]:9/x', 'http://127.1.2.3', 'http://api.localhost'])(
    'accepts plain http on loopback: %s',
    (value) => {
      expect(assertSecureUrl(value).protocol).toBe('http:');
    },
  );

  it('refuses plain http to a public host, naming the label', () => {
    const error = configurationError(() => assertSecureUrl('http://api.example.com', 'baseUrl'));
    expect(error.message).toContain('`baseUrl`');
    expect(error.message).toContain('http://');
  });

  it('refuses things that are not URLs, other schemes and non-strings', () => {
    expect(configurationError(() => assertSecureUrl('not a url')).message).toContain('not a valid absolute URL');
    expect(configurationError(() => assertSecureUrl('ftp://files.example.com')).message).toContain('ftp:');
    expect(configurationError(() => assertSecureUrl('/relative/path')).name).toBe('ConfigurationError');
    expect(configurationError(() => assertSecureUrl(42)).message).toContain('number');
    expect(configurationError(() => assertSecureUrl(null)).message).toContain('null');
  });

  it('tells loopback hosts apart from look-alikes', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.com')).toBe(false);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
});

describe('the transport refuses insecure request URLs', () => {
  it('rejects an http:// request to a public host without sending it', async () => {
    const { fetch, calls } = createFakeFetch(() => json({}));
    const transport = createTransport({ provider: 'test', auth: none(), fetch });
    const error = await transport('http://api.example.com/v1/x').catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('allows http://127.0.0.1', async () => {
    const { fetch, calls } = createFakeFetch(() => json({ ok: true }));
    const transport = createTransport({ provider: 'test', auth: none(), fetch });
    expect(await (await transport('http://127.0.0.1:4010/v1/x')).json()).toEqual({ ok: true });
    expect(calls).toHaveLength(1);
  });
});
