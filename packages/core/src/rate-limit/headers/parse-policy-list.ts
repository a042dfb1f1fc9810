import type { RateLimitPolicy } from '../rate-limit-state.js';
import { nonNegativeInteger, parseList } from './structured-fields.js';

/**
 * Reads `RateLimit-Policy` in both shapes it has had:
 * - drafts 6–7 (draft-06 section 5.1 "RateLimit-Policy"): a List of Integers, the quota, with a
 *   `w` parameter in seconds: `20;w=1`, `10, 1000;w=3600`;
 * - drafts 8–9 (draft-08 section 3 "RateLimit-Policy Field"): a List of Strings, the policy name,
 *   with `q` (quota, section 3.1.1, required), `qu` (unit), `w` (window s, section 3.1.3), `pk`:
 *   `"burst";q=100;w=60, "daily";q=1000;w=86400`.
 * Members that do not fit (no quota, unit other than requests) are skipped; an unparseable field gives `[]`.
 */
export function parsePolicyList(value: string | null): RateLimitPolicy[] {
  const items = value === null ? undefined : parseList(value);
  const policies: RateLimitPolicy[] = [];
  for (const item of items ?? []) {
    const named = typeof item.value === 'string';
    const quota = named ? nonNegativeInteger(item.parameters.get('q')) : nonNegativeInteger(item.value);
    const unit = item.parameters.get('qu');
    if (quota === undefined || (unit !== undefined && unit !== 'requests')) {
      continue;
    }
    const windowSeconds = nonNegativeInteger(item.parameters.get('w'));
    policies.push({
      name: named ? (item.value as string) : undefined,
      quota,
      windowMs: windowSeconds === undefined || windowSeconds === 0 ? undefined : windowSeconds * 1000,
    });
  }
  return policies;
}
