import { assertKnownOptions, ConfigurationError, checkRequestOptions, type RequestOptions, requestOptionKeys } from '@conduit/core';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 80)}"` : String(value);
}

/**
 * Checks that a method's own options are a plain object of known keys (`undefined` reads as `{}`).
 * A request option given here (`signal`, `idempotent`, ...) is refused with a pointer to the last argument.
 */
export function readOptions<T extends object>(options: T | undefined, known: readonly string[], label: string): T {
  if (options === undefined) {
    return {} as T;
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError(`${label}: options must be an object.`);
  }
  const misplaced = requestOptionKeys.find((key) => key in options && !known.includes(key));
  if (misplaced !== undefined) {
    throw new ConfigurationError(
      `${label}: \`${misplaced}\` is a request option; pass it in the last argument (\`{ ${misplaced} }\`), after the method's own options.`,
    );
  }
  assertKnownOptions(options, known, label);
  return options;
}

/** A `media_id` is a UUID (every documented example and the spec's `format: uuid`). */
export function checkMediaId(label: string, value: unknown): string {
  if (typeof value !== 'string' || !uuidPattern.test(value)) {
    throw new ConfigurationError(`${label}: a media id is the UUID returned by media.upload, got ${show(value)}.`);
  }
  return value;
}

/** A `job_id` is a non-empty string such as `task_abc123xyz`. */
export function checkJobId(label: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || /\s/.test(value)) {
    throw new ConfigurationError(
      `${label}: a job id is the \`job_id\` returned by a generate call (e.g. task_abc123), got ${show(value)}.`,
    );
  }
  return value;
}

/** A duration in milliseconds: a finite number >= 0. */
export function checkDuration(label: string, name: string, value: unknown): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`${label}: \`${name}\` must be a number of milliseconds >= 0, got ${show(value)}.`);
  }
  return value;
}

/** One of the listed values. */
export function checkOneOf<T extends string>(label: string, name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!allowed.includes(value as T)) {
    throw new ConfigurationError(`${label}: \`${name}\` must be one of ${allowed.join(', ')}, got ${show(value)}.`);
  }
  return value as T;
}

/** A boolean. */
export function checkBoolean(label: string, name: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new ConfigurationError(`${label}: \`${name}\` must be true or false, got ${show(value)}.`);
  }
  return value;
}

/** A non-empty string, optionally matching `pattern`. */
export function checkText(label: string, name: string, value: unknown, pattern?: RegExp, hint?: string): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '' || (pattern && !pattern.test(value))) {
    throw new ConfigurationError(`${label}: \`${name}\` must be ${hint ?? 'a non-empty string'}, got ${show(value)}.`);
  }
  return value;
}

/** A number within `[min, max]`. */
export function checkRange(label: string, name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ConfigurationError(`${label}: \`${name}\` must be a number from ${min} to ${max}, got ${show(value)}.`);
  }
  return value;
}

/** Request options that methods took among their own options before issue 18; still accepted there, deprecated. */
export type LegacyRequestOption = 'signal' | 'timeout' | 'idempotent';

/**
 * A call's request options: the last argument, checked, over any deprecated `signal`, `timeout` or
 * `idempotent` still given among the method's own options (the last argument wins).
 */
export function requestOptionsOf(
  own: object,
  legacy: readonly LegacyRequestOption[],
  options: RequestOptions | undefined,
  label: string,
): RequestOptions {
  const values = own as Record<string, unknown>;
  const moved = Object.fromEntries(legacy.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
  const checked = checkRequestOptions(options, label);
  return Object.keys(moved).length === 0 ? checked : { ...checkRequestOptions(moved, label), ...checked };
}
