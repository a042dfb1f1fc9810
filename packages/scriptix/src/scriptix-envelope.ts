import { createAPIError, ResponseValidationError } from '@conduit/core';
import { parseScriptixError } from './scriptix-error.js';

/** One page of a v3 list: the items plus the envelope's counters. */
export interface ScriptixPage<T> {
  /** The items on this page. */
  items: T[];
  /** Items in this page (`count`). */
  count: number | undefined;
  /** Matching items across all pages (`total_results`). */
  totalResults: number | undefined;
}

interface Answer<T> {
  data?: T;
  response: Response;
}

function missingBody(response: Response, what: string): ResponseValidationError {
  return new ResponseValidationError(`Scriptix answered ${response.status} without ${what}`, {
    status: response.status,
    body: '',
    url: response.url,
  });
}

/**
 * The body of a 2xx answer. The legacy API put `error`/`err`/`error_message` in some 200 bodies;
 * such a body becomes the typed error it describes instead of being returned as data.
 */
export async function readBody<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined || data === null) {
    throw missingBody(response, 'a body');
  }
  return data;
}

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

/** The `result` of a v3 envelope `{ result, count, total_results }`. */
export async function readResult<T>(call: Promise<Answer<{ result: T }>>): Promise<T> {
  const { data, response } = await call;
  const error = legacyError(data, response);
  if (error) {
    throw error;
  }
  if (data === undefined || data === null || data.result === undefined) {
    throw missingBody(response, 'a `result` envelope');
  }
  return data.result;
}

/** A v3 list envelope as a page. */
export async function readPage<T>(
  call: Promise<Answer<{ result: T[]; count?: number; total_results?: number }>>,
): Promise<ScriptixPage<T>> {
  const { data, response } = await call;
  const error = legacyError(data, response);
  if (error) {
    throw error;
  }
  if (data === undefined || data === null || !Array.isArray(data.result)) {
    throw missingBody(response, 'a `result` list');
  }
  return { items: data.result, count: data.count, totalResults: data.total_results };
}
