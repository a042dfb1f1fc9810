import { keyFingerprint } from '../rate-limit/key-fingerprint.js';
import { registerSecret } from '../redaction/redact.js';
import type { AuthScheme } from './auth-strategy.js';

/** HTTP Basic with the key as user name and an empty password (api.video). */
export function basic(): AuthScheme {
  return (key) => {
    registerSecret(key);
    const encoded = btoa(`${key}:`);
    registerSecret(encoded);
    return {
      kind: 'basic',
      headerNames: ['authorization'],
      fingerprint: keyFingerprint(key),
      bearsKey: true,
      apply(headers) {
        headers.set('authorization', `Basic ${encoded}`);
      },
    };
  };
}
