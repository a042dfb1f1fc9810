import { assertKnownOptions } from '../client/create-client-transport.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { Middleware } from '../transport/middleware.js';

/**
 * Options for one call, accepted as the last argument of every method of every provider client.
 * Durations are milliseconds; anything left out takes the client's setting.
 */
export interface RequestOptions {
  /** Aborts this call, including any wait between attempts or polls. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, in milliseconds. */
  timeout?: number | undefined;
  /** Overall time budget for this call across all attempts, in milliseconds. */
  deadline?: number | undefined;
  /** Retries for this call (0 turns them off). */
  maxRetries?: number | undefined;
  /** Mark a POST/PATCH as safe to repeat, so it may be retried after an ambiguous failure. */
  idempotent?: boolean | undefined;
  /** Extra request headers for this call; they never replace the auth header. */
  headers?: Record<string, string> | undefined;
  /** Middleware for this call only, run after the client's. */
  middleware?: Middleware[] | undefined;
}

/** The names `RequestOptions` accepts, for unknown-option checks. */
export const requestOptionKeys: readonly (keyof RequestOptions)[] = [
  'signal',
  'timeout',
  'deadline',
  'maxRetries',
  'idempotent',
  'headers',
  'middleware',
];

type Check = (value: unknown) => string | undefined;

const positiveMilliseconds: Check = (value) =>
  typeof value !== 'number' || Number.isNaN(value)
    ? 'must be a number of milliseconds'
    : value > 0
      ? undefined
      : 'must be a positive number of milliseconds';

// Plain checks, not a zod schema: a schema built at module load would put zod into every browser bundle.
const checks: Record<keyof RequestOptions, Check> = {
  signal: (value) => (value instanceof AbortSignal ? undefined : 'must be an AbortSignal'),
  timeout: positiveMilliseconds,
  deadline: positiveMilliseconds,
  maxRetries: (value) =>
    !Number.isInteger(value)
      ? 'must be a whole number'
      : (value as number) < 0
        ? 'must be 0 or more'
        : (value as number) > 20
          ? 'must be at most 20'
          : undefined,
  idempotent: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  headers: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return 'must be an object of header names to strings';
    }
    const bad = Object.entries(value).find(([, header]) => typeof header !== 'string');
    return bad ? `\`${bad[0]}\` must be a string` : undefined;
  },
  middleware: (value) =>
    !Array.isArray(value)
      ? 'must be an array of middleware'
      : value.some((item) => typeof item !== 'object' || item === null)
        ? 'must hold middleware objects'
        : undefined,
};

/**
 * Checks one call's options: an object, known keys only (an unknown key is refused with the closest
 * known name), values of the documented types. Returns `{}` for `undefined`.
 */
export function checkRequestOptions(options: unknown, label: string): RequestOptions {
  if (options === undefined) {
    return {};
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError(`${label}: request options must be an object such as \`{ signal, timeout }\`.`);
  }
  assertKnownOptions(options, requestOptionKeys, `${label} request options`);
  for (const [name, value] of Object.entries(options)) {
    const problem = value === undefined ? undefined : checks[name as keyof RequestOptions](value);
    if (problem) {
      throw new ConfigurationError(`${label}: request option \`${name}\` ${problem}.`);
    }
  }
  return options as RequestOptions;
}
