import { expect } from 'vitest';
import type { Harness } from './conformance-harness.js';

/** Key in the documented header, from the option or the environment; missing and malformed keys refused. */
export function authCases<Client>({ spec, test, build }: Harness<Client>): void {
  test('sends the key in the documented auth header', async () => {
    const { client, recording } = build([spec.read.success()]);
    await spec.read.call(client);
    expect(recording.requests).toHaveLength(1);
    expect(recording.requests[0]?.headers.get(spec.authHeader.name)).toBe(spec.authHeader.value(spec.validKey));
  });

  test('reads the key from the environment variable', async () => {
    process.env[spec.environmentVariable] = spec.validKey;
    const { client, recording } = build([spec.read.success()], { apiKey: undefined });
    await spec.read.call(client);
    expect(recording.requests[0]?.headers.get(spec.authHeader.name)).toBe(spec.authHeader.value(spec.validKey));
  });

  test('a missing key is a ConfigurationError naming the variable', () => {
    expect(() => build([spec.read.success()], { apiKey: undefined })).toThrowError(
      expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining(spec.environmentVariable) }),
    );
  });

  test('a malformed key is refused and shown masked', () => {
    const bad = `x${spec.validKey.slice(1)}not valid`;
    let caught: unknown;
    try {
      build([spec.read.success()], { apiKey: bad });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ name: 'ConfigurationError' });
    expect(String((caught as Error).message)).not.toContain(bad.trim());
  });

  test('drops the auth header on a cross-origin redirect', async () => {
    const { client, recording } = build([
      new Response(null, { status: 302, headers: { location: 'https://elsewhere.conduit.test/landing' } }),
      spec.read.success(),
    ]);
    await spec.read.call(client);
    expect(recording.requests).toHaveLength(2);
    expect(recording.requests[0]?.headers.get(spec.authHeader.name)).toBe(spec.authHeader.value(spec.validKey));
    expect(new URL(recording.requests[1]?.url ?? '').host).toBe('elsewhere.conduit.test');
    expect(recording.requests[1]?.headers.get(spec.authHeader.name)).toBeNull();
  });

  test('identifies itself in the user agent', async () => {
    const { client, recording } = build([spec.read.success()]);
    await spec.read.call(client);
    expect(recording.requests[0]?.headers.get('user-agent')).toMatch(/^conduit-[a-z]+\/\d/);
  });
}
