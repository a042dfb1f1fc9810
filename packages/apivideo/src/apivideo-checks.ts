import { assertKnownOptions, ConfigurationError } from '@conduit/core';

/** Checks a path id before any request: a non-empty string without slashes. */
export function requireId(value: unknown, name: string, label: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.includes('/')) {
    throw new ConfigurationError(`${label}: ${name} must be a non-empty id string, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Checks that a query or payload is a plain object with only known keys. */
export function checkObject(value: unknown, known: readonly string[], label: string): Record<string, unknown> {
  if (value === undefined) {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${label}: expected an object.`);
  }
  assertKnownOptions(value, known, label);
  return value as Record<string, unknown>;
}

/** Checks that `value`, when given, is one of `allowed`. */
export function checkEnum(value: unknown, allowed: readonly string[], name: string, label: string): void {
  if (value !== undefined && (typeof value !== 'string' || !allowed.includes(value))) {
    throw new ConfigurationError(`${label}: ${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}.`);
  }
}

/** Checks that the BCP 47 language tag of a caption or chapter track is well formed. */
export function requireLanguage(value: unknown, label: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
    throw new ConfigurationError(`${label}: language must be a BCP 47 tag such as "en", "fr" or "sr-Cyrl", got ${JSON.stringify(value)}.`);
  }
  return value;
}
