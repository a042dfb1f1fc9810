/** A reset time read from one header, with how far it can be from the true reset. */
export interface ResetReading {
  /** When the window resets, as epoch milliseconds (an upper bound when rounded up). */
  resetAt: number;
  /** 1000 when the value was whole seconds (or an HTTP date), else 1. */
  precisionMs: number;
  /** `true` for an epoch time or HTTP date, `false` for seconds from now. */
  absolute: boolean;
}

const numeric = /^\s*\d+(\.\d+)?\s*$/;

/**
 * Reads `X-RateLimit-Reset`-style values: epoch seconds, epoch milliseconds, seconds until the reset
 * (values below ~year 2001 in seconds are deltas), fractional or whole, or an HTTP date.
 */
export function readReset(value: string | null, now: number): ResetReading | undefined {
  if (value === null) {
    return undefined;
  }
  if (!numeric.test(value)) {
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : { resetAt: date, precisionMs: 1000, absolute: true };
  }
  const number = Number(value);
  const whole = !value.includes('.');
  if (number > 1e12) {
    return { resetAt: Math.round(number), precisionMs: 1, absolute: true };
  }
  if (number > 1e9) {
    return { resetAt: Math.round(number * 1000), precisionMs: whole ? 1000 : 1, absolute: true };
  }
  return { resetAt: now + Math.round(number * 1000), precisionMs: whole ? 1000 : 1, absolute: false };
}

/**
 * `X-RateLimit-Reset` is sent as epoch seconds by some servers, epoch milliseconds by others,
 * and as seconds-until-reset by the rest. Values below ~year 2001 in seconds are deltas.
 */
export function parseResetHeader(value: string | null, now: number): number | undefined {
  return readReset(value, now)?.resetAt;
}
