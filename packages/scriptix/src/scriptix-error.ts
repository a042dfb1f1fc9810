import { type ErrorBodyParser, type ErrorKind, type ParsedErrorBody, redact } from '@conduit/core';
import * as z from 'zod/mini';

/** Shape A (authentication / error-codes pages): `{ error, message, error_code, details?, retry_after? }`. */
const apiKeyErrorSchema = z.object({
  error: z.string(),
  message: z.nullish(z.string()),
  error_code: z.string(),
  details: z.nullish(z.unknown()),
  retry_after: z.nullish(z.number().check(z.nonnegative())),
});

/** Shape B: `{ error: { code, message, details } }`, `code` being the HTTP status. */
const nestedErrorSchema = z.object({
  error: z.object({
    code: z.nullish(z.union([z.number(), z.string()])),
    message: z.nullish(z.string()),
    details: z.nullish(z.unknown()),
  }),
});

/** Shape C (rate-limit page): `{ error: "rate_limit_exceeded", message }`. */
const simpleErrorSchema = z.object({ error: z.string(), message: z.nullish(z.string()) });

/** One of the three documented Scriptix error bodies. */
export type ScriptixErrorBody = z.infer<typeof apiKeyErrorSchema> | z.infer<typeof nestedErrorSchema> | z.infer<typeof simpleErrorSchema>;

const authenticationCodes = new Set(['MISSING_API_KEY', 'INVALID_API_KEY', 'KEY_REVOKED', 'KEY_EXPIRED', 'TOKEN_EXPIRED']);
const rateLimitCodes = new Set(['RATE_LIMIT_EXCEEDED']);

function kindOfCode(code: string | undefined, status: number): ErrorKind | undefined {
  const upper = code?.toUpperCase();
  if (status === 402 || (upper !== undefined && /QUOTA|CREDIT/.test(upper))) {
    return 'quota';
  }
  if (upper !== undefined && authenticationCodes.has(upper)) {
    return 'authentication';
  }
  if (upper !== undefined && rateLimitCodes.has(upper)) {
    return 'rate-limit';
  }
  return undefined;
}

const text = (value: string | null | undefined) => (value === null || value === undefined ? undefined : redact(value));

/**
 * Reads any of Scriptix's three error bodies into code, message, kind and retry hint. A body
 * `retry_after` (seconds) becomes `retryAfterMs`; `KEY_REVOKED` and the other key codes are
 * authentication errors whatever the status; 402 (or a quota/credit code) is a quota error.
 * Never throws; an unknown body returns `undefined` and the status decides the class.
 */
export const parseScriptixError: ErrorBodyParser = (body, { status }): ParsedErrorBody | undefined => {
  const shapeA = z.safeParse(apiKeyErrorSchema, body);
  if (shapeA.success) {
    const { error_code: code, retry_after: retryAfter } = shapeA.data;
    return {
      code: text(code),
      message: text(shapeA.data.message ?? shapeA.data.error),
      details: shapeA.data.details ?? undefined,
      kind: kindOfCode(code, status),
      retryAfterMs: retryAfter === null || retryAfter === undefined ? undefined : Math.round(retryAfter * 1000),
    };
  }
  const shapeB = z.safeParse(nestedErrorSchema, body);
  if (shapeB.success) {
    const { code, message, details } = shapeB.data.error;
    const bodyStatus = typeof code === 'number' ? code : undefined;
    return {
      code: typeof code === 'string' ? text(code) : undefined,
      message: text(message),
      details: details ?? undefined,
      kind: kindOfCode(typeof code === 'string' ? code : undefined, bodyStatus === 402 ? 402 : status),
    };
  }
  const shapeC = z.safeParse(simpleErrorSchema, body);
  if (shapeC.success) {
    return {
      code: text(shapeC.data.error),
      message: text(shapeC.data.message ?? shapeC.data.error),
      kind: kindOfCode(shapeC.data.error, status),
    };
  }
  return undefined;
};
