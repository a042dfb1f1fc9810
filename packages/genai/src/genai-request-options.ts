import type { CallOptions, Transport } from '@conduit/core';
import * as z from 'zod/mini';
import { parseInput } from './genai-parse-input.js';

/** Per-call options, the last argument of every method. Durations are milliseconds. */
export type RequestOptions = Pick<CallOptions, 'signal' | 'timeout' | 'deadline' | 'maxRetries' | 'idempotent'>;

const requestOptionsSchema = z.strictObject({
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'must be an AbortSignal')),
  timeout: z.optional(z.number('must be a number of milliseconds').check(z.positive('must be a positive number of milliseconds'))),
  deadline: z.optional(z.number('must be a number of milliseconds').check(z.positive('must be a positive number of milliseconds'))),
  maxRetries: z.optional(z.int('must be a whole number').check(z.minimum(0, 'must be 0 or more'), z.maximum(20, 'must be at most 20'))),
  idempotent: z.optional(z.boolean('must be true or false')),
});

/** The transport to send one call with: the client's own, or one carrying checked per-call options. */
export function transportFor(
  transport: Transport,
  options: RequestOptions | undefined,
  label: string,
): Transport | ReturnType<Transport['with']> {
  if (options === undefined) {
    return transport;
  }
  return transport.with(parseInput(requestOptionsSchema, options, `${label} options`, '{ signal, timeout, idempotent }'));
}
