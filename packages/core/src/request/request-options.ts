import * as z from 'zod/mini';
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

const milliseconds = z.optional(
  z.number('must be a number of milliseconds').check(z.positive('must be a positive number of milliseconds')),
);

const requestOptionsSchema = z.object({
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'must be an AbortSignal')),
  timeout: milliseconds,
  deadline: milliseconds,
  maxRetries: z.optional(z.int('must be a whole number').check(z.minimum(0, 'must be 0 or more'), z.maximum(20, 'must be at most 20'))),
  idempotent: z.optional(z.boolean('must be true or false')),
  headers: z.optional(z.record(z.string(), z.string('must be a string'), 'must be an object of header names to strings')),
  middleware: z.optional(
    z.array(
      z.custom<Middleware>((value) => typeof value === 'object' && value !== null, 'must be a middleware object'),
      'must be an array of middleware',
    ),
  ),
});

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
  const parsed = z.safeParse(requestOptionsSchema, options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    throw new ConfigurationError(`${label}: request option \`${path}\` ${issue?.message ?? 'is invalid'}.`);
  }
  return options as RequestOptions;
}
