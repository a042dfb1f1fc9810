import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { keyFingerprint } from '../../src/rate-limit/key-fingerprint.js';
import { redact } from '../../src/redaction/redact.js';

const context = { fetch: globalThis.fetch };

describe('apiKeyHeader', () => {
  it('sets the key verbatim in the named header', async () => {
    const strategy = apiKeyHeader('X-API-Key')('vsk_apikeyheadertest0001');
    const headers = new Headers();
    await strategy.apply(headers, context);
    expect(headers.get('x-api-key')).toBe('vsk_apikeyheadertest0001');
    expect(headers.get('authorization')).toBeNull();
  });

  it('declares the header it sets (lower-cased) so redirects can drop it, and bears a key', () => {
    const strategy = apiKeyHeader('X-Api-Key')('hv_live_apikeyheadertest02');
    expect(strategy.kind).toBe('api-key-header');
    expect(strategy.headerNames).toEqual(['x-api-key']);
    expect(strategy.bearsKey).toBe(true);
  });

  it('fingerprints the key without containing it', () => {
    const key = 'opaque-key-apikeyheader-03';
    const strategy = apiKeyHeader('X-API-Key')(key);
    expect(strategy.fingerprint).toBe(keyFingerprint(key));
    expect(strategy.fingerprint).not.toContain(key);
  });

  it('registers the key so redact() masks it even when it has no known prefix', () => {
    const key = 'opaque-key-apikeyheader-04';
    apiKeyHeader('X-API-Key')(key);
    expect(redact(`echo ${key} echo`)).not.toContain(key);
  });
});
