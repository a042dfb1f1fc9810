import { type ErrorBodyParser, type ErrorKind, type ParsedErrorBody, parseResetHeader } from '@conduit/core';
import * as z from 'zod/mini';

// HesedVid documents no error body, only the statuses (401, 403, 429). These are the shapes an
// API in its style plausibly sends; anything else is left to core, which classifies by status.
const text = z.optional(z.nullable(z.string()));
const code = z.optional(z.nullable(z.union([z.string(), z.number()])));
const requestIds = { requestId: text, request_id: text };

/** `{ error: "invalid_api_key", message: "…", code? }`; `error` may also be prose with the code in `code`. */
const flatErrorSchema = z.object({ error: text, message: text, code, details: z.optional(z.unknown()), ...requestIds });

/** `{ error: { code, message, details } }`. */
const nestedErrorSchema = z.object({
  error: z.object({ code, type: text, message: text, details: z.optional(z.unknown()) }),
  message: text,
  ...requestIds,
});

/** The success envelope reused for errors: `{ body: { …one of the above… } }`. */
const envelopeSchema = z.object({ body: z.record(z.string(), z.unknown()) });

const machineCode = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

function kindOf(value: string | undefined): ErrorKind | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (/quota|plan_limit|limit_reached|usage_limit|insufficient_credit/i.test(value)) {
    return 'quota';
  }
  if (/expired|revoked/i.test(value) && /key|credential/i.test(value)) {
    return 'authentication';
  }
  if (/rate_?limit|too_many_requests/i.test(value)) {
    return 'rate-limit';
  }
  return undefined;
}

function fromRecord(body: unknown): ParsedErrorBody | undefined {
  const nested = z.safeParse(nestedErrorSchema, body);
  if (nested.success) {
    const { error } = nested.data;
    const errorCode = error.code ?? error.type ?? undefined;
    const message = error.message ?? nested.data.message ?? undefined;
    if (errorCode !== undefined || message !== undefined) {
      return {
        code: errorCode === undefined ? undefined : String(errorCode),
        message,
        details: error.details,
        requestId: nested.data.requestId ?? nested.data.request_id ?? undefined,
      };
    }
  }
  const flat = z.safeParse(flatErrorSchema, body);
  if (!flat.success) {
    return undefined;
  }
  const { error, message, details } = flat.data;
  const explicitCode = flat.data.code ?? undefined;
  // `error` is a machine code unless it reads like a sentence (then `code`, if any, holds the code).
  const errorIsCode = typeof error === 'string' && machineCode.test(error);
  const resolvedCode = explicitCode === undefined ? (errorIsCode ? error : undefined) : String(explicitCode);
  const resolvedMessage = message ?? (typeof error === 'string' && !errorIsCode ? error : undefined);
  if (resolvedCode === undefined && resolvedMessage === undefined) {
    return undefined;
  }
  return {
    code: resolvedCode ?? undefined,
    message: resolvedMessage,
    details,
    requestId: flat.data.requestId ?? flat.data.request_id ?? undefined,
  };
}

function readBody(body: unknown): ParsedErrorBody | undefined {
  const envelope = z.safeParse(envelopeSchema, body);
  return (envelope.success ? fromRecord(envelope.data.body) : undefined) ?? fromRecord(body);
}

/** On a 429 without `Retry-After`, the wait is until `X-RateLimit-Reset` (Unix seconds). */
function resetHint(status: number, headers: Headers, now: number): number | undefined {
  if (status !== 429 || headers.has('retry-after')) {
    return undefined;
  }
  const resetAt = parseResetHeader(headers.get('x-ratelimit-reset'), now);
  return resetAt === undefined || resetAt <= now ? undefined : resetAt - now;
}

/**
 * Builds the HesedVid error-body reader on a given clock (the client passes its `now`, so the
 * `X-RateLimit-Reset` hint agrees with the transport's clock). Never throws.
 */
export function createHesedVidErrorParser(now: () => number = Date.now): ErrorBodyParser {
  return (body, context) => {
    try {
      const parsed = readBody(body);
      const retryAfterMs = resetHint(context.status, context.headers, now());
      if (parsed === undefined) {
        return retryAfterMs === undefined ? undefined : { retryAfterMs };
      }
      return { ...parsed, kind: kindOf(parsed.code), retryAfterMs };
    } catch {
      return undefined;
    }
  };
}

/** Reads a HesedVid error body (flat, nested or `{ body }`-wrapped) into code, message and kind; `undefined` for other bodies. */
export const parseHesedVidError: ErrorBodyParser = createHesedVidErrorParser();
