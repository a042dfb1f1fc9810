import { createAPIError, parseRateLimitHeaders, type RateLimitState, ResponseValidationError } from '@conduit/core';
import type { components } from '@conduit/specs/genai';
import * as z from 'zod/mini';
import { parseGenAIError } from './genai-error.js';

/** The envelope's `meta`: `request_id` (`req_…`, quote it to support) and `timestamp`. */
export type GenAIMeta = components['schemas']['Meta'];

/** What a `withResponse()` call gives: the unwrapped data plus everything around it. */
export interface GenAIResponse<Data> {
  /** The envelope's `data`, as the plain method returns it. */
  data: Data;
  /** The envelope's `meta`, when the server sent one (several documented examples omit it). */
  meta: GenAIMeta | undefined;
  /** `meta.request_id`, else an `x-request-id` header, when either is present. */
  requestId: string | undefined;
  /** `X-RateLimit-Limit/Remaining/Reset` of this answer (`resetAt` in epoch milliseconds). */
  rateLimit: RateLimitState | undefined;
  /** The HTTP response (its body is already read). */
  response: Response;
}

/** `{success: true, data, meta}`: only `success` and `meta.request_id` are branched on; `data` is passed through. */
const successEnvelopeSchema = z.object({
  success: z.optional(z.nullable(z.boolean())),
  data: z.optional(z.unknown()),
  meta: z.optional(z.nullable(z.looseObject({ request_id: z.optional(z.nullable(z.string())) }))),
});

/**
 * Unwraps a 2xx `{success, data, meta}` envelope. A 2xx carrying `success: false` is thrown as the
 * typed error its code names; a body without `data` is a `ResponseValidationError`.
 */
export function unwrapEnvelope<Data>(body: unknown, response: Response, now: () => number): GenAIResponse<Data> {
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
  const meta = (parsed.data.meta ?? undefined) as GenAIMeta | undefined;
  return {
    data: parsed.data.data as Data,
    meta,
    requestId: meta?.request_id ?? response.headers.get('x-request-id') ?? undefined,
    rateLimit: parseRateLimitHeaders(response.headers, now()),
    response,
  };
}
