import { type ReadJsonOptions, ResponseValidationError } from '@conduit/core';
import * as z from 'zod/mini';

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Unwraps HesedVid's `{ body }` success envelope (core's `readJson` calls it before checking the
 * fields). A 2xx answer without the envelope is a `ResponseValidationError` carrying the answer.
 */
export function hesedvidEnvelope(envelope: unknown, response: Response, label = 'a call'): unknown {
  if (envelope !== null && typeof envelope === 'object' && 'body' in envelope && envelope.body !== undefined) {
    return envelope.body;
  }
  throw new ResponseValidationError(`HesedVid answered ${label} without the documented \`{ body }\` envelope`, {
    status: response.status,
    body: describe(envelope),
    url: response.url,
  });
}

/** `readJson` options for one HesedVid answer: the `{ body }` envelope, then the fields the client reads. */
export function hesedvidAnswer(label: string, schema?: z.ZodMiniType): ReadJsonOptions {
  return { what: `HesedVid ${label}`, schema, envelope: (body, response) => hesedvidEnvelope(body, response, label) };
}

/** Any JSON object; for payloads HesedVid does not document. */
export const openObjectSchema = z.record(z.string(), z.unknown());
