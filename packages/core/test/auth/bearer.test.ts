import { describe, expect, it } from 'vitest';
import { bearer } from '../../src/auth/bearer.js';
import { redact } from '../../src/redaction/redact.js';

describe('bearer', () => {
  it('sends Authorization: Bearer <key>', async () => {
    const strategy = bearer()('gen_bearertest000001');
    const headers = new Headers();
    await strategy.apply(headers, { fetch: globalThis.fetch });
    expect(headers.get('authorization')).toBe('Bearer gen_bearertest000001');
  });

  it('declares the authorization header, bears a key and registers it for redaction', () => {
    const key = 'opaque-bearer-key-000002';
    const strategy = bearer()(key);
    expect(strategy.kind).toBe('bearer');
    expect(strategy.headerNames).toEqual(['authorization']);
    expect(strategy.bearsKey).toBe(true);
    expect(redact(`key=${key}`)).not.toContain(key);
  });
});
