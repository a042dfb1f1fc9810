import type { AuthStrategy } from './auth-strategy.js';

/** No credentials: signed URLs and upload tokens carry their own authority. */
export function none(): AuthStrategy {
  return { kind: 'none', headerNames: [], fingerprint: 'anonymous', bearsKey: false, apply() {} };
}
