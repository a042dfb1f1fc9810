import type { HeaderReading } from './header-reading.js';
import { parsePolicyList } from './parse-policy-list.js';
import { nonNegativeInteger, parseDictionary } from './structured-fields.js';

/**
 * IETF draft 7 (draft-ietf-httpapi-ratelimit-headers-07, section 3 "RateLimit Field"): one
 * Dictionary `RateLimit: limit=20, remaining=0, reset=1` (reset in delta seconds), with
 * `RateLimit-Policy: 20;w=1` for the window. Returns `undefined` when the field is not this shape
 * (a draft 8–9 List fails Dictionary parsing or has none of these keys).
 */
export function parseDraft7Header(value: string, headers: Headers, now: number): HeaderReading | undefined {
  const dictionary = parseDictionary(value);
  if (dictionary === undefined) {
    return undefined;
  }
  const limit = nonNegativeInteger(dictionary.get('limit')?.value);
  const remaining = nonNegativeInteger(dictionary.get('remaining')?.value);
  const resetSeconds = nonNegativeInteger(dictionary.get('reset')?.value);
  if (limit === undefined && remaining === undefined && resetSeconds === undefined) {
    return undefined;
  }
  const policies = parsePolicyList(headers.get('ratelimit-policy'));
  const policy = policies.find((candidate) => candidate.quota === limit) ?? policies[0];
  return {
    limit,
    remaining,
    resetAt: resetSeconds === undefined ? undefined : now + resetSeconds * 1000,
    resetPrecisionMs: resetSeconds === undefined ? undefined : 1000,
    resetAbsolute: resetSeconds === undefined ? undefined : false,
    windowMs: policy?.windowMs,
    policies: policies.length > 0 ? policies : undefined,
  };
}
