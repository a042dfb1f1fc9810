import * as z from 'zod/mini';

/** A required, non-blank text field (`prompt`, `text`). */
export const requiredTextSchema = z.string('is required and must be a string').check(z.regex(/\S/, 'must not be empty'));

/** A model id: any non-blank string, so models added after this SDK (see `listModels`) still work. */
export const modelSchema = z
  .string('is required and must be a model id string, such as "gpt-4"')
  .check(z.regex(/^\S+$/, 'must be a model id without spaces'));

/** An optional number in `[min, max]`. */
export function numberBetween(min: number, max: number) {
  const message = `must be a number between ${min} and ${max}`;
  return z.optional(z.number(message).check(z.gte(min, message), z.lte(max, message)));
}

/** An optional value from a fixed list. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.optional(z.enum(values, `must be one of ${values.map((value) => `"${value}"`).join(', ')}`));
}
