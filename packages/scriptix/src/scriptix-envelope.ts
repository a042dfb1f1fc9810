import { createAPIError, type FetchResult, type ReadJsonOptions, ResponseValidationError, readJson } from '@conduit/core';
import { parseScriptixError } from './scriptix-error.js';

function invalid(body: unknown, response: Response, reason: string): ResponseValidationError {
  return new ResponseValidationError(`Scriptix answered ${response.status} ${reason}`, {
    status: response.status,
    body: JSON.stringify(body ?? null) ?? '',
    url: response.url,
  });
}

/**
 * The legacy API put `error`/`err`/`error_message` in some 200 bodies: such a body is the typed error
 * it describes, not data. `undefined` for any other body.
 */
function legacyError(body: unknown, response: Response): Error | undefined {
  if (typeof body !== 'object' || body === null || 'result' in body) {
    return undefined;
  }
  const record = body as Record<string, unknown>;
  const legacy = record.err ?? record.error_message;
  const candidate = record.error !== undefined ? record : legacy !== undefined ? { error: String(legacy) } : undefined;
  if (candidate === undefined) {
    return undefined;
  }
  const parsed = parseScriptixError(candidate, { status: response.status, headers: response.headers });
  return createAPIError(parsed?.message ?? 'Scriptix reported an error in a 2xx answer', {
    status: response.status,
    provider: 'scriptix',
    code: parsed?.code,
    kind: parsed?.kind,
    body,
    headers: response.headers,
    url: response.url,
  });
}

/** `readJson`'s `envelope` for v3 answers `{ result, count, total_results }`: the `result`, or the typed error of a legacy error body. */
export function scriptixEnvelope(body: unknown, response: Response): unknown {
  const error = legacyError(body, response);
  if (error) {
    throw error;
  }
  if (typeof body !== 'object' || body === null || (body as { result?: unknown }).result === undefined) {
    throw invalid(body, response, 'without a `result` envelope');
  }
  return (body as { result: unknown }).result;
}

/** `readJson`'s `envelope` for v3 lists: the whole envelope (the page users get), once its `result` is a list. */
export function scriptixListEnvelope(body: unknown, response: Response): unknown {
  const error = legacyError(body, response);
  if (error) {
    throw error;
  }
  if (!Array.isArray((body as { result?: unknown }).result)) {
    throw invalid(body, response, 'without a `result` list');
  }
  return body;
}

/** `readJson`'s `envelope` for answers the docs show both bare and in the v3 envelope (session results, `transcribeFile`). */
export function scriptixBareOrEnveloped(isBare: (body: Record<string, unknown>) => boolean) {
  return (body: unknown, response: Response): unknown => {
    if (typeof body === 'object' && body !== null && isBare(body as Record<string, unknown>)) {
      return body;
    }
    return scriptixEnvelope(body, response);
  };
}

/** How a v3 answer's `result` is read: `readJson` with the Scriptix envelope. */
export const enveloped = (what: string): ReadJsonOptions => ({ what: `Scriptix ${what}`, envelope: scriptixEnvelope });

/**
 * The `result` of an answer, for the TUS calls (`scriptix-tus-calls.ts`) until they move to `callApi`
 * with `enveloped(...)` on the w3-tusws branch. Delete with that move.
 */
export async function readResult<T>(call: Promise<FetchResult>): Promise<T> {
  return readJson<T>(await call, enveloped('answer'));
}
