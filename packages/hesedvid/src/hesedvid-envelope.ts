import { ResponseValidationError } from '@conduit/core';
import * as z from 'zod/mini';

/** What openapi-fetch hands back for a 2xx answer (the transport has already thrown on anything else). */
interface FetchResult {
  data?: unknown;
  response: Response;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Unwraps HesedVid's `{ body }` success envelope and checks the fields we branch on with `schema`.
 * A 2xx answer without the envelope, or with a payload that does not fit, is a `ResponseValidationError`.
 */
export function unwrapBody<T>(result: FetchResult, schema: z.ZodMiniType<T>, what: string): T {
  const envelope = result.data;
  const body = envelope !== null && typeof envelope === 'object' && 'body' in envelope ? envelope.body : undefined;
  const parsed = body === undefined ? undefined : z.safeParse(schema, body);
  if (parsed?.success) {
    return parsed.data;
  }
  const problem = parsed === undefined ? 'without the documented `{ body }` envelope' : 'with a body that does not match the spec';
  throw new ResponseValidationError(
    `HesedVid answered ${what} ${problem}`,
    { status: result.response.status, body: describe(envelope), url: result.response.url },
    parsed === undefined ? {} : { cause: parsed.error },
  );
}

/** Any JSON object; for payloads HesedVid does not document. */
export const openObjectSchema = z.record(z.string(), z.unknown());
