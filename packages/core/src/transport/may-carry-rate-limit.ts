/**
 * Whether an answer has any header the rate-limit parser reads (`*ratelimit*`, `*rate-limit*`,
 * `*retry-after*`). One pass over the names costs a quarter of the parser's lookups, and most
 * answers of most providers carry none. Extend it when the parser learns a header named otherwise.
 */
export function mayCarryRateLimit(headers: Headers): boolean {
  for (const name of headers.keys()) {
    if (name.includes('ratelimit') || name.includes('rate-limit') || name.includes('retry-after')) {
      return true;
    }
  }
  return false;
}
