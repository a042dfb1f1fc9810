import * as z from 'zod/mini';
import { ConfigurationError } from '../errors/configuration-error.js';

/** zod/mini ships no message locale: say in words what the value must be. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') {
    return issue.message;
  }
  const detail = issue as { code: string; expected?: string; minimum?: unknown; maximum?: unknown; values?: unknown[] };
  switch (detail.code) {
    case 'invalid_type':
      return `must be ${detail.expected === 'int' ? 'an integer' : `a ${detail.expected}`}`;
    case 'too_small':
      return `must be at least ${String(detail.minimum)}`;
    case 'too_big':
      return `must be at most ${String(detail.maximum)}`;
    case 'invalid_value':
      return `must be one of ${(detail.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return 'has unknown keys';
    default:
      return 'is not valid';
  }
}

/** Checks option types and ranges; a wrong one becomes a `ConfigurationError` naming the option. */
export function validateOptions(schema: z.ZodMiniType, options: unknown, label: string): void {
  const result = z.safeParse(schema, options);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `\`${issue.path.join('.') || 'options'}\` ${describeIssue(issue)}`).join('; ');
    throw new ConfigurationError(`${label}: invalid options: ${problems}.`, { cause: result.error });
  }
}

// The transport's own options are checked by hand, not with a zod schema: the schema pulled seven
// zod schema kinds (array, record, union, literal, custom, number formats) into every full client,
// ~2.5 kB min+gzip for a provider whose own schemas use none of them. The messages are the ones
// `validateOptions` wrote for that schema (test/transport/validate-transport-options.test.ts
// compares the two on every option).

/** Reports a problem with the option, or with an item of it (`middleware.0`, `headers.x-name`). */
type Say = (message: string, item?: string | number) => void;
/** Checks one option's value. */
type Rule = (value: unknown, say: Say) => void;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFunction = (value: unknown) => typeof value === 'function';

/** `undefined` or a value `test` accepts; otherwise `message`. */
const optional =
  (test: (value: unknown) => boolean, message = 'is not valid'): Rule =>
  (value, say) =>
    value === undefined || test(value) || say(message);

/** A string at least `minLength` long. Like zod, the length is checked on anything that has one (an array, a function). */
const string =
  (minLength = 0): Rule =>
  (value, say) => {
    if (typeof value !== 'string') {
      say('must be a string');
    }
    if (((value as { length?: number } | null | undefined)?.length ?? minLength) < minLength) {
      say(`must be at least ${minLength}`);
    }
  };

/**
 * `undefined` or a finite number (a safe integer when `integer`) from `lowest` (`Number.MIN_VALUE`
 * for "positive") to `highest`. Like zod, every failed bound is reported.
 */
const number =
  (integer: boolean, lowest: number, tooLow: string, highest = Number.POSITIVE_INFINITY): Rule =>
  (value, say) => {
    if (value === undefined) {
      return;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return say('must be a number');
    }
    if (integer && !Number.isInteger(value)) {
      return say('must be an integer');
    }
    if (integer && !Number.isSafeInteger(value)) {
      say(value > 0 ? `must be at most ${Number.MAX_SAFE_INTEGER}` : `must be at least ${Number.MIN_SAFE_INTEGER}`);
    }
    if (value < lowest) {
      say(tooLow);
    }
    if (value > highest) {
      say(`must be at most ${highest}`);
    }
  };

/** zod's test for a record: an object whose constructor, if it has a callable one, is `Object`-like. */
function isPlainObject(value: unknown): boolean {
  const maker = isObject(value) ? (value as { constructor?: unknown }).constructor : null;
  const prototype = isFunction(maker) ? (maker as { prototype?: unknown }).prototype : undefined;
  return (
    maker !== null && (prototype === undefined ? !isFunction(maker) : isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf'))
  );
}

// Built on first use, not at import: top-level calls survive tree-shaking and would land in every
// bundle that imports anything from core (the ./browser entries).
let transportOptionRules: Record<string, Rule> | undefined;

function createTransportOptionRules(): Record<string, Rule> {
  const duration = number(false, Number.MIN_VALUE, 'must be a positive number of milliseconds');
  const count = number(true, 0, 'must be 0 or more', 20);
  const callback = optional(isFunction, 'must be a function');

  return {
    provider: string(1),
    auth: (value, say) =>
      (isObject(value) && isFunction((value as { apply?: unknown }).apply)) ||
      say('must be an auth strategy such as bearer()(key) or none()'),
    maxRetries: count,
    timeout: duration,
    deadline: duration,
    maxRetryAfter: number(false, 0, 'must be 0 or more milliseconds'),
    maxConcurrency: number(true, 1, 'must be at least 1'),
    maxRedirects: count,
    fetch: callback,
    sendReplayable: callback,
    now: callback,
    sleep: callback,
    bucket: callback,
    operationId: callback,
    middleware: (value, say) => {
      if (value !== undefined && !Array.isArray(value)) {
        return say('must be a array');
      }
      for (const [index, item] of (value as unknown[] | undefined)?.entries() ?? []) {
        if (typeof item !== 'object' || item === null) {
          say('must be middleware objects ({ onRequest, ... })', index);
        }
      }
    },
    onRetry: callback,
    onRateLimit: callback,
    userAgent: (value, say) => value === undefined || string()(value, say),
    headers: (value, say) => {
      if (value !== undefined && !isPlainObject(value)) {
        return say('must be a record');
      }
      for (const [name, item] of Object.entries(value ?? {})) {
        string()(item, (message) => say(message, name));
      }
    },
    debug: optional((value) => typeof value === 'boolean' || isFunction(value)),
    dangerouslyAllowBrowser: optional((value) => typeof value === 'boolean', 'must be a boolean'),
    attemptHeader: optional((value) => typeof value === 'string' || value === false),
    idempotencyKeyHeader: (value, say) => value === undefined || string(1)(value, say),
  };
}

/** Validates `createTransport` options (unknown extra keys are allowed: providers pass their own). */
export function validateTransportOptions(options: unknown): void {
  const problems: string[] = [];
  if (!isObject(options)) {
    problems.push('`options` must be a object');
  } else {
    transportOptionRules ??= createTransportOptionRules();
    for (const [name, rule] of Object.entries(transportOptionRules)) {
      rule((options as Record<string, unknown>)[name], (message, item) =>
        problems.push(`\`${item === undefined ? name : `${name}.${item}`}\` ${message}`),
      );
    }
  }
  if (problems.length > 0) {
    throw new ConfigurationError(`createTransport: invalid options: ${problems.join('; ')}.`);
  }
}
