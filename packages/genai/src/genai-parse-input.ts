import { ConfigurationError } from '@conduit/core';
import * as z from 'zod/mini';

const normalize = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

function suggest(name: string, known: readonly string[]): string {
  const match = known.find((candidate) => normalize(candidate) === normalize(name));
  return match ? ` (did you mean \`${match}\`?)` : ` (known: ${known.map((key) => `\`${key}\``).join(', ')})`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 40 ? `"${value.slice(0, 37)}..."` : JSON.stringify(value);
  }
  return typeof value === 'number' || typeof value === 'boolean' || value === null ? String(value) : typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

/**
 * Checks `input` against a strict object schema and returns it typed, or throws one
 * `ConfigurationError` listing every problem and how to fix it (unknown fields get a suggestion).
 */
export function parseInput<Shape extends z.core.$ZodLooseShape>(
  schema: z.ZodMiniObject<Shape>,
  input: unknown,
  label: string,
  example: string,
): z.infer<z.ZodMiniObject<Shape>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ConfigurationError(
      `${label}: pass an object such as ${example}, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.`,
    );
  }
  const result = z.safeParse(schema, input);
  if (result.success) {
    return result.data;
  }
  const known = Object.keys(schema.def.shape);
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `unknown field \`${key}\`${suggest(key, known)}`).join('; ');
    }
    const field = issue.path.map(String).join('.');
    const value = valueAt(input, issue.path);
    return `\`${field}\` ${issue.message}${value === undefined ? '' : ` (got ${describe(value)})`}`;
  });
  throw new ConfigurationError(`${label}: ${problems.join('; ')}.`, { cause: result.error });
}
