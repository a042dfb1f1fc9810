import { assertKnownOptions, ConfigurationError, validateOptions } from '@conduit/core';
import * as z from 'zod/mini';

/**
 * Checks a method's options object before any request: unknown names (with a suggestion), then
 * types and ranges from `shape`. Every problem is a `ConfigurationError` saying what to fix.
 */
export function checkOptions<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  options: unknown,
  label: string,
): z.infer<z.ZodMiniObject<Shape>> {
  const value = options ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${label}: options must be an object.`);
  }
  assertKnownOptions(value, Object.keys(shape), label);
  const schema = z.object(shape);
  validateOptions(schema, value, label);
  return z.parse(schema, value);
}

/** A `YYYY-MM-DD` date that exists in the calendar. */
export const calendarDateSchema = z.string().check(
  z.refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
      return false;
    }
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().startsWith(value);
  }, 'must be a date written YYYY-MM-DD'),
);
