import type { components } from '@conduit/specs/scriptix';
import { HttpResponse } from 'msw';
import { xRateLimitHeaders } from '../kernel/rate-limit-windows.js';

type ErrorBody = components['schemas']['ScriptixError'];

const reasons: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' };

/** The documented error body for a status: shape A for key and rate-limit codes, shape B otherwise. */
export function scriptixErrorBody(status: number, code: string, message: string, details?: Record<string, unknown>): ErrorBody {
  if (/^[A-Z_]+$/.test(code) && (status === 401 || status === 403 || status === 429)) {
    return { error: reasons[status] ?? 'Error', message, error_code: code, details: details ?? {} };
  }
  return { error: { code: status, message, ...(details ? { details } : {}) } };
}

/** `X-RateLimit-*` headers (page B of the rate-limit docs) and `Retry-After` when given. */
export function scriptixRateLimitHeaders(state: {
  limit: number;
  remaining: number;
  retryAfterSeconds?: number | undefined;
  resetAt?: number;
}): Record<string, string> {
  const reset = state.resetAt ?? Date.now() + (state.retryAfterSeconds ?? 60) * 1000;
  return xRateLimitHeaders(state.limit, state.remaining, reset, state.retryAfterSeconds);
}

/** Per-request context: who called and the rate-limit headers to send back. */
export interface Caller {
  key: string;
  headers: Record<string, string>;
}

/** A JSON answer with the caller's rate-limit headers. */
export function json<T extends object>(caller: Caller | undefined, body: T, status = 200, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { ...caller?.headers, ...headers } });
}

/** An error answer in Scriptix's own shape. */
export function fail(
  caller: Caller | undefined,
  status: number,
  message: string,
  details?: Record<string, unknown>,
  code = `http_${status}`,
): Response {
  return json(caller, scriptixErrorBody(status, code, message, details), status);
}

/** A 400 saying which field is wrong (shape B with `details.field`/`details.issue`, as the docs show). */
export function badRequest(caller: Caller | undefined, field: string, issue: string): Response {
  return fail(caller, 400, 'Invalid request body', { field, issue });
}

/** A v3 list envelope for the page of `items` that `offset`/`limit` (range-checked by the kernel) select. */
export function listEnvelope<T>(items: T[], url: URL): { result: T[]; count: number; total_results: number } {
  const offset = Number(url.searchParams.get('offset') ?? '0');
  const page = items.slice(offset, offset + Number(url.searchParams.get('limit') ?? '25'));
  return { result: page, count: page.length, total_results: items.length };
}
