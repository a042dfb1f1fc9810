const numeric = /^\s*\d+(\.\d+)?\s*$/;
const asctime = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * Reads a `Retry-After` value: delta seconds (`"120"`, `"1.5"`) or an HTTP date.
 * Returns milliseconds from `now`, never negative, or `undefined` when the value is not usable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') {
    return undefined;
  }
  if (numeric.test(value)) {
    const seconds = Number(value);
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) : undefined;
  }
  // The asctime form carries no zone, and Date.parse would read it as local time: HTTP dates are GMT.
  const date = Date.parse(asctime.test(value.trim()) ? `${value.trim()} GMT` : value);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - now);
}

/** Reads a milliseconds value such as `retry-after-ms: 250`. */
export function parseMilliseconds(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !numeric.test(value)) {
    return undefined;
  }
  const ms = Number(value);
  return Number.isFinite(ms) ? Math.round(ms) : undefined;
}
