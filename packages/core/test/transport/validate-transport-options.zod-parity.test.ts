import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { none } from '../../src/auth/none.js';
import { validateOptions, validateTransportOptions } from '../../src/transport/validate-transport-options.js';

// The zod schema `validateTransportOptions` used before it was written by hand (to keep seven zod
// schema kinds out of every full client). It stays here as the oracle: same options, same message.
function oldSchema(): z.ZodMiniType {
  const duration = z.optional(z.number().check(z.positive('must be a positive number of milliseconds')));
  const count = (max: number) => z.optional(z.int().check(z.minimum(0, 'must be 0 or more'), z.maximum(max, `must be at most ${max}`)));
  const callback = z.optional(z.custom<(...args: unknown[]) => unknown>((value) => typeof value === 'function', 'must be a function'));
  return z.object({
    provider: z.string().check(z.minLength(1)),
    auth: z.custom<object>(
      (value) => typeof value === 'object' && value !== null && typeof (value as { apply?: unknown }).apply === 'function',
      'must be an auth strategy such as bearer()(key) or none()',
    ),
    maxRetries: count(20),
    timeout: duration,
    deadline: duration,
    maxRetryAfter: z.optional(z.number().check(z.minimum(0, 'must be 0 or more milliseconds'))),
    maxConcurrency: z.optional(z.int().check(z.minimum(1, 'must be at least 1'))),
    maxRedirects: count(20),
    fetch: callback,
    sendReplayable: callback,
    now: callback,
    sleep: callback,
    bucket: callback,
    operationId: callback,
    middleware: z.optional(
      z.array(z.custom<object>((value) => typeof value === 'object' && value !== null, 'must be middleware objects ({ onRequest, ... })')),
    ),
    onRetry: callback,
    onRateLimit: callback,
    userAgent: z.optional(z.string()),
    headers: z.optional(z.record(z.string(), z.string())),
    debug: z.optional(z.union([z.boolean(), z.custom<(line: string) => void>((value) => typeof value === 'function')])),
    dangerouslyAllowBrowser: z.optional(z.boolean()),
    attemptHeader: z.optional(z.union([z.string(), z.literal(false)])),
    idempotencyKeyHeader: z.optional(z.string().check(z.minLength(1))),
  });
}

function messageOf(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const auth = none();
const base = { provider: 'x', auth };
const numbers = [-1, 0, 0.5, 1, 1.5, 20, 21, -Number.MAX_VALUE, 2 ** 60, -(2 ** 60), Number.NaN, Number.POSITIVE_INFINITY, '3', null];
const anything = [undefined, null, true, false, 0, 'text', '', {}, [], () => {}, new Map(), Object.create(null)];
const numberOptions = ['maxRetries', 'timeout', 'deadline', 'maxRetryAfter', 'maxConcurrency', 'maxRedirects'];
const otherOptions = [
  'provider',
  'auth',
  'fetch',
  'sendReplayable',
  'now',
  'sleep',
  'bucket',
  'operationId',
  'middleware',
  'onRetry',
  'onRateLimit',
  'userAgent',
  'headers',
  'debug',
  'dangerouslyAllowBrowser',
  'attemptHeader',
  'idempotencyKeyHeader',
];

const cases: unknown[] = [
  undefined,
  null,
  'options',
  [],
  {},
  base,
  { ...base, maxRetries: -1, timeout: 'fast', headers: { a: 1, b: 'ok', c: null }, middleware: [{}, 1, null] },
  // biome-ignore lint/suspicious/noSparseArray: a hole is an item zod checks as undefined.
  { ...base, middleware: [{}, , 'x'] },
  { ...base, headers: new Headers() },
  { ...base, headers: { __proto__: { a: 1 }, own: 'x' } },
  { ...base, extra: 'allowed' },
  ...numberOptions.flatMap((name) => numbers.map((value) => ({ ...base, [name]: value }))),
  ...[...numberOptions, ...otherOptions].flatMap((name) => anything.map((value) => ({ ...base, [name]: value }))),
];

describe('validateTransportOptions', () => {
  it.each(cases.map((options) => [options]))('writes what the zod schema it replaced wrote for %o', (options) => {
    const expected = messageOf(() => validateOptions(oldSchema(), options, 'createTransport'));
    expect(messageOf(() => validateTransportOptions(options))).toBe(expected);
  });
});
