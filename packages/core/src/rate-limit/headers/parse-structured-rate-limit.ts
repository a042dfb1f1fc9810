import type { RateLimitPolicy } from '../rate-limit-state.js';
import type { HeaderReading } from './header-reading.js';
import { parsePolicyList } from './parse-policy-list.js';
import { nonNegativeInteger, parseList } from './structured-fields.js';

/**
 * IETF drafts 8–9 (draft-ietf-httpapi-ratelimit-headers-08, section 4 "RateLimit Field"): a List of
 * service-limit items, each the String name of a policy with `r` (remaining, section 4.1.1, required)
 * and `t` (reset in delta seconds, section 4.1.2), matched by name to `RateLimit-Policy`
 * (`"p";q=20;w=1`). With several policies, the one that leaves the fewest requests governs
 * (section 4: a client "MUST NOT exceed" any of them); ties go to the one that resets last.
 */
export function parseStructuredRateLimit(value: string, headers: Headers, now: number): HeaderReading | undefined {
  const items = parseList(value);
  if (items === undefined) {
    return undefined;
  }
  const declared = parsePolicyList(headers.get('ratelimit-policy'));
  const policies: RateLimitPolicy[] = [];
  for (const item of items) {
    const remaining = nonNegativeInteger(item.parameters.get('r'));
    if (typeof item.value !== 'string' || remaining === undefined) {
      continue;
    }
    const resetSeconds = nonNegativeInteger(item.parameters.get('t'));
    const policy = declared.find((candidate) => candidate.name === item.value);
    policies.push({
      name: item.value,
      quota: policy?.quota ?? Number.NaN,
      windowMs: policy?.windowMs,
      remaining,
      resetAt: resetSeconds === undefined ? undefined : now + resetSeconds * 1000,
    });
  }
  if (policies.length === 0) {
    return undefined;
  }
  const governing = policies.reduce((best, policy) =>
    policy.remaining! < best.remaining! || (policy.remaining === best.remaining && (policy.resetAt ?? 0) > (best.resetAt ?? 0))
      ? policy
      : best,
  );
  for (const policy of policies) {
    if (Number.isNaN(policy.quota)) {
      policy.quota = policy.remaining!;
    }
  }
  return {
    limit: declared.find((candidate) => candidate.name === governing.name)?.quota,
    remaining: governing.remaining,
    resetAt: governing.resetAt,
    resetPrecisionMs: governing.resetAt === undefined ? undefined : 1000,
    resetAbsolute: governing.resetAt === undefined ? undefined : false,
    windowMs: governing.windowMs,
    policies,
  };
}
