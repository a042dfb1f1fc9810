import type { ErrorBodyParser, ErrorKind, ParsedErrorBody } from '@conduit/core';
import * as z from 'zod/mini';

const problemItemSchema = z.looseObject({
  /** A URI naming the problem type. */
  type: z.string(),
  /** Short human-readable summary. */
  title: z.string(),
  /** The attribute or parameter at fault. */
  name: z.optional(z.nullable(z.string())),
  /** HTTP status. */
  status: z.optional(z.number()),
  /** What went wrong, in more words. */
  detail: z.optional(z.string()),
});

/** api.video's problem-details body (`application/problem+json` or `application/json`). */
const problemDetailsSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.optional(z.number()),
  name: z.optional(z.nullable(z.string())),
  detail: z.optional(z.string()),
  problems: z.optional(z.array(problemItemSchema)),
});

/** A parsed api.video problem-details body. */
export type ApiVideoProblemDetails = z.infer<typeof problemDetailsSchema>;

/** One entry of `problems[]` in a `400` that reports several failing attributes. */
export type ApiVideoProblem = z.infer<typeof problemItemSchema>;

/** What `APIError.details` holds for an api.video error. */
export interface ApiVideoErrorDetails {
  /** The offending attribute or parameter, when the API names one. */
  name: string | null | undefined;
  /** The API's longer explanation, when it gives one. */
  detail: string | undefined;
  /** Every individual problem of a multi-error `400` (empty otherwise). */
  problems: ApiVideoProblem[];
  /** Extra members some errors carry, such as `range: { min, max }`. */
  extra: Record<string, unknown>;
}

/** The last path segment of a problem `type` URL, e.g. `too-many-requests`. */
export function problemSlug(type: string): string {
  return (
    type
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? type
  );
}

function kindOf(slug: string, status: number): ErrorKind | undefined {
  if (slug === 'too-many-requests') {
    return 'rate-limit';
  }
  if (slug === 'webhook-limit-reached') {
    return 'quota';
  }
  if (slug.startsWith('authentication-')) {
    return 'authentication';
  }
  if (slug.includes('suspended')) {
    return 'permission';
  }
  if (slug === 'summary-already-exists' && status === 409) {
    return 'conflict';
  }
  return undefined;
}

/**
 * Reads api.video's problem-details error body: the `type` URL becomes the code, `title` (plus
 * `detail`) the message, and `problems[]` plus extra members the details. Never throws.
 */
export const parseApiVideoError: ErrorBodyParser = (body, context): ParsedErrorBody | undefined => {
  const parsed = z.safeParse(problemDetailsSchema, body);
  if (!parsed.success) {
    return undefined;
  }
  const { type, title, status: _status, name, detail, problems, ...extra } = parsed.data;
  const details: ApiVideoErrorDetails = { name, detail, problems: problems ?? [], extra };
  return {
    code: type,
    message: detail && detail !== title ? `${title} ${detail}` : title,
    details,
    kind: kindOf(problemSlug(type), context.status),
  };
};
