import * as z from 'zod/mini';
import { ConfigurationError } from '../errors/configuration-error.js';

// Built on first use, not at import: a top-level zod call survives tree-shaking, and would pull
// zod/mini (~7 kB min+gzip) into every bundle that imports anything from core (the ./browser entries).
let transportOptionsSchema: z.ZodMiniType | undefined;

function createTransportOptionsSchema(): z.ZodMiniType {
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

/** Validates `createTransport` options (unknown extra keys are allowed: providers pass their own). */
export function validateTransportOptions(options: unknown): void {
  transportOptionsSchema ??= createTransportOptionsSchema();
  validateOptions(transportOptionsSchema, options, 'createTransport');
}
