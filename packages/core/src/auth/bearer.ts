import { keyFingerprint } from '../rate-limit/key-fingerprint.js';
import { registerSecret } from '../redaction/redact.js';
import type { AuthScheme } from './auth-strategy.js';

/** Sends `Authorization: Bearer <key>`. */
export function bearer(): AuthScheme {
  return (key) => {
    registerSecret(key);
    return {
      kind: 'bearer',
      headerNames: ['authorization'],
      fingerprint: keyFingerprint(key),
      bearsKey: true,
      apply(headers) {
        headers.set('authorization', `Bearer ${key}`);
      },
    };
  };
}
