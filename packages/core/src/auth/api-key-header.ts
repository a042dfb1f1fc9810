import { keyFingerprint } from '../rate-limit/key-fingerprint.js';
import { registerSecret } from '../redaction/redact.js';
import type { AuthScheme } from './auth-strategy.js';

/** Sends the key as-is in a header, e.g. `apiKeyHeader('X-API-Key')`. */
export function apiKeyHeader(name: string): AuthScheme {
  return (key) => {
    registerSecret(key);
    return {
      kind: 'api-key-header',
      headerNames: [name.toLowerCase()],
      fingerprint: keyFingerprint(key),
      bearsKey: true,
      apply(headers) {
        headers.set(name, key);
      },
    };
  };
}
