import type { HeaderReading } from './header-reading.js';
import { parsePolicyList } from './parse-policy-list.js';
import { readInteger } from './read-integer.js';
import { readReset } from './read-reset.js';

/**
 * IETF draft 6 (draft-ietf-httpapi-ratelimit-headers-06, section 5): `RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset` (delta seconds, section 5.3; epoch values are read too, as
 * some servers send them) and `RateLimit-Policy` (`20;w=1`, which gives the window length).
 */
export function parseDraft6Headers(headers: Headers, now: number): HeaderReading | undefined {
  const limit = readInteger(headers, 'ratelimit-limit');
  const remaining = readInteger(headers, 'ratelimit-remaining');
  const reset = readReset(headers.get('ratelimit-reset'), now);
  if (limit === undefined && remaining === undefined && reset === undefined) {
    return undefined;
  }
  const policies = parsePolicyList(headers.get('ratelimit-policy'));
  const policy = policies.find((candidate) => candidate.quota === limit) ?? policies[0];
  return {
    limit,
    remaining,
    resetAt: reset?.resetAt,
    resetPrecisionMs: reset?.precisionMs,
    resetAbsolute: reset?.absolute,
    windowMs: policy?.windowMs,
    policies: policies.length > 0 ? policies : undefined,
  };
}
