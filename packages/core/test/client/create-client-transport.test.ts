import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type { AuthStrategy } from '../../src/auth/auth-strategy.js';
import { bearer } from '../../src/auth/bearer.js';
import { assertKnownOptions, createClientTransport, type ProviderDefinition } from '../../src/client/create-client-transport.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createFakeFetch, json } from '../helpers/fake-fetch.js';

const definition: ProviderDefinition = {
  id: 'acme',
  name: 'Acme',
  environmentVariable: 'ACME_API_KEY',
  defaultBaseUrl: 'https://api.acme.example/v1/',
  keyFormat: z.string().check(z.regex(/^ak_[a-z0-9]{8,}$/)),
  keyFormatDescription: 'ak_ followed by at least 8 letters or digits',
  auth: bearer(),
  parseError: () => undefined,
};

const key = 'ak_abcdefgh123';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createClientTransport', () => {
  it('uses the default base URL without its trailing slash and sends the key, user agent and caller headers', async () => {
    const { fetch, calls } = createFakeFetch(() => json({ ok: true }));
    const { transport, baseUrl, auth } = createClientTransport(definition, {
      apiKey: key,
      fetch,
      headers: { 'x-team': 'blue' },
      maxRetries: 0,
    });
    expect(baseUrl).toBe('https://api.acme.example/v1');
    expect(auth.kind).toBe('bearer');
    expect(transport.provider).toBe('acme');
    const response = await transport(`${baseUrl}/things`);
    expect(await response.json()).toEqual({ ok: true });
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${key}`);
    expect(calls[0]?.headers.get('x-team')).toBe('blue');
    expect(calls[0]?.headers.get('user-agent')).toBe('conduit-acme/0.0.0-test');
  });

  it('prefers the caller base URL over the default, and an override over both', () => {
    expect(createClientTransport(definition, { apiKey: key, baseUrl: 'https://eu.acme.example' }).baseUrl).toBe('https://eu.acme.example');
    expect(
      createClientTransport(definition, { apiKey: key, baseUrl: 'https://eu.acme.example' }, [], {
        baseUrl: 'https://upload.acme.example/',
      }).baseUrl,
    ).toBe('https://upload.acme.example');
  });

  it('reads the key from the environment when no options are given', () => {
    vi.stubEnv('ACME_API_KEY', `  ${key}  `);
    const { auth } = createClientTransport(definition, undefined);
    expect(auth.fingerprint).toBe(createClientTransport(definition, { apiKey: key }).auth.fingerprint);
  });

  it('uses an auth override without asking for a key', async () => {
    vi.stubEnv('ACME_API_KEY', '');
    const applied: string[] = [];
    const override: AuthStrategy = {
      kind: 'none',
      headerNames: [],
      fingerprint: 'anonymous',
      bearsKey: false,
      apply: () => {
        applied.push('applied');
      },
    } as unknown as AuthStrategy;
    const { fetch, calls } = createFakeFetch(() => json({}));
    const { transport, auth } = createClientTransport(definition, { fetch }, [], { auth: override });
    expect(auth).toBe(override);
    await transport('https://api.acme.example/v1/open');
    expect(calls[0]?.headers.get('authorization')).toBeNull();
    expect(applied.length).toBeGreaterThan(0);
  });

  it('runs the provider middleware before the caller middleware', async () => {
    const order: string[] = [];
    const { fetch } = createFakeFetch(() => json({}));
    const { transport } = createClientTransport(
      { ...definition, middleware: [{ name: 'provider', onRequest: () => void order.push('provider') }] },
      { apiKey: key, fetch, middleware: [{ name: 'caller', onRequest: () => void order.push('caller') }] },
    );
    await transport('https://api.acme.example/v1/things');
    expect(order).toEqual(['provider', 'caller']);
  });

  it('refuses options that are not an object', () => {
    for (const options of [null, 'key', 42, [key]]) {
      expect(() => createClientTransport(definition, options as never)).toThrow(/createAcmeClient: options must be an object/);
    }
  });

  it('refuses an unknown option, suggesting the closest known one, and accepts the extra keys it is given', () => {
    expect(() => createClientTransport(definition, { apiKey: key, timeOut: 5 } as never)).toThrow(
      'createAcmeClient: unknown option `timeOut`. Did you mean `timeout`?',
    );
    expect(() => createClientTransport(definition, { apiKey: key, region: 'eu' } as never, ['region'])).not.toThrow();
  });

  it('refuses an insecure base URL and a key in the wrong format before any request', () => {
    expect(() => createClientTransport(definition, { apiKey: key, baseUrl: 'http://api.acme.example' })).toThrow(ConfigurationError);
    expect(() => createClientTransport(definition, { apiKey: 'wrong' })).toThrow(/ak_ followed by at least 8/);
  });
});

describe('assertKnownOptions', () => {
  it('names the unknown option without a suggestion when nothing is close', () => {
    expect(() => assertKnownOptions({ zzz: 1 }, ['apiKey', 'timeout'], 'label')).toThrow('label: unknown option `zzz`.');
    expect(() => assertKnownOptions({ zzz: 1 }, ['apiKey', 'timeout'], 'label')).not.toThrow(/Did you mean/);
  });

  it('suggests a known option that differs only in case', () => {
    expect(() => assertKnownOptions({ APIKEY: 'x' }, ['apiKey'], 'label')).toThrow('Did you mean `apiKey`?');
  });
});
