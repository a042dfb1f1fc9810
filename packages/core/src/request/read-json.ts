import * as z from 'zod/mini';
import { ResponseValidationError } from '../errors/response-validation-error.js';

/** What openapi-fetch resolves to (`data` on 2xx; the transport has already thrown for anything else). */
export interface FetchResult {
  /** The parsed 2xx body. */
  data?: unknown;
  /** The parsed error body (never seen here: the transport throws typed errors first). */
  error?: unknown;
  /** The HTTP response. */
  response: Response;
}

/** How `readJson` reads one operation's 2xx body. */
export interface ReadJsonOptions {
  /** Provider display name and what was asked, for messages: `ViddyScribe get_results`. */
  what: string;
  /** The fields the client branches on (loose: everything else passes through untouched). */
  schema?: z.ZodMiniType | undefined;
  /** Unwraps an envelope (`{success, data}`), throwing the provider's typed error for an error envelope. */
  envelope?: ((body: unknown, response: Response) => unknown) | undefined;
  /** Accept an empty body (204, or 200 without content) and resolve to `undefined`. */
  allowEmpty?: boolean | undefined;
}

function invalid(what: string, result: FetchResult, reason: string, cause?: unknown): ResponseValidationError {
  return new ResponseValidationError(
    `${what}: the ${result.response.status} answer ${reason}`,
    { status: result.response.status, body: JSON.stringify(result.data ?? null) ?? '', url: result.response.url },
    cause === undefined ? {} : { cause },
  );
}

/**
 * The one reader of a 2xx JSON body for every provider: unwraps the envelope if the provider has
 * one, then checks the fields the client relies on. A body that breaks them is a
 * `ResponseValidationError` carrying the (redacted) body, never a `TypeError` later on.
 */
export function readJson<T>(result: FetchResult, options: ReadJsonOptions): T {
  if (result.data === undefined || result.data === null || result.data === '') {
    if (options.allowEmpty) {
      return undefined as T;
    }
    throw invalid(options.what, result, 'has no body');
  }
  const body = options.envelope ? options.envelope(result.data, result.response) : result.data;
  if (options.schema) {
    const checked = z.safeParse(options.schema, body);
    if (!checked.success) {
      throw invalid(options.what, result, 'lacks the fields the client reads', checked.error);
    }
  }
  return body as T;
}
