import { describe, expect, it } from 'vitest';
import { basic } from '../../src/auth/basic.js';
import { redact } from '../../src/redaction/redact.js';

describe('basic', () => {
  it('sends the key as user name with an empty password, base64-encoded', async () => {
    const key = 'apivideo-basic-key-0001';
    const headers = new Headers();
    await basic()(key).apply(headers, { fetch: globalThis.fetch });
    expect(headers.get('authorization')).toBe(`Basic ${Buffer.from(`${key}:`).toString('base64')}`);
    const decoded = Buffer.from((headers.get('authorization') ?? '').slice('Basic '.length), 'base64').toString('utf8');
    expect(decoded).toBe(`${key}:`);
  });

  it('registers both the key and its encoded form for redaction', () => {
    const key = 'apivideo-basic-key-0002';
    const encoded = Buffer.from(`${key}:`).toString('base64');
    const strategy = basic()(key);
    expect(strategy.headerNames).toEqual(['authorization']);
    expect(strategy.bearsKey).toBe(true);
    expect(redact(`${key} ${encoded}`)).not.toContain(key);
    expect(redact(`raw ${encoded}`)).not.toContain(encoded);
  });
});
