import { type APIResponse, createAPIError, ResponseValidationError } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';
import { parseGenAIError } from './genai-error.js';

/** The envelope's `meta`: `request_id` (`req_…`, quote it to support) and `timestamp`. */
export type GenAIMeta = components['schemas']['Meta'];

/** What `.withResponse()` gives: core's `{ data, response, requestId, rateLimit }` plus the envelope's `meta`. */
export type GenAIResponse<Data> = APIResponse<Data> & {
  /** The envelope's `meta`, when the server sent one (several documented examples omit it); `requestId` prefers its `request_id`. */
  meta: GenAIMeta | undefined;
};

/** `{success: true, data, meta}`: only `success` and `meta.request_id` are branched on; `data` is passed through. */
const successEnvelopeSchema = z.object({
  success: z.optional(z.nullable(z.boolean())),
  data: z.optional(z.unknown()),
  meta: z.optional(z.nullable(z.looseObject({ request_id: z.optional(z.nullable(z.string())) }))),
});

/**
 * Unwraps a 2xx `{success, data, meta}` envelope (core's `readJson` `envelope`). A 2xx carrying
 * `success: false` is thrown as the typed error its code names; a body without `data` is a
 * `ResponseValidationError`. `meta`, when present, is handed to `onMeta`.
 */
export function unwrapEnvelope(body: unknown, response: Response, onMeta: (meta: GenAIMeta | undefined) => void): unknown {
  const parsed = z.safeParse(successEnvelopeSchema, body);
  if (parsed.success && parsed.data.success === false) {
    const error = parseGenAIError(body, { status: response.status, headers: response.headers });
    if (error) {
      throw createAPIError(error.message ?? `GenAI answered ${response.status} with success: false`, {
        ...error,
        status: response.status,
        provider: 'genai',
        headers: response.headers,
        body,
        url: response.url,
      });
    }
  }
  if (!parsed.success || parsed.data.success === false || parsed.data.data === undefined) {
    throw new ResponseValidationError(
      `GenAI answered ${response.status} without the documented {success: true, data} envelope`,
      { status: response.status, body: JSON.stringify(body) ?? '', url: response.url },
      parsed.success ? {} : { cause: parsed.error },
    );
  }
  onMeta((parsed.data.meta ?? undefined) as GenAIMeta | undefined);
  return parsed.data.data;
}
