import { HttpResponse } from 'msw';
import type { MockRouteHandler, MockRouteInput } from '../kernel/create-mock-kernel.js';
import type { WindowReading } from '../kernel/rate-limit-windows.js';
import { type Caller, scriptixErrorBody, scriptixRateLimitHeaders } from './scriptix-respond.js';
import { ownedSession } from './scriptix-session-model.js';
import type { MockScriptixSession, ScriptixMockState } from './scriptix-state.js';

export type { Caller } from './scriptix-respond.js';

/**
 * Checks `Authorization: Bearer <key>` or `x-zoom-s2t-key: <key>` (the spec's two schemes): any
 * non-empty key without whitespace, except one containing `expired`/`revoked` or revoked through
 * `deleteToken`. Returns the key, or the documented 401.
 */
export function authenticateScriptix(request: Request, state: ScriptixMockState): string | Response {
  const zoomKey = request.headers.get('x-zoom-s2t-key');
  const authorization = request.headers.get('authorization');
  const bearer = authorization === null ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  const key = zoomKey?.trim() || bearer;
  const unauthorized = (code: string, message: string, details: Record<string, unknown> = {}) =>
    HttpResponse.json(scriptixErrorBody(401, code, message, details) as Record<string, unknown>, { status: 401 });
  if (!key) {
    return authorization || zoomKey !== null
      ? unauthorized('INVALID_API_KEY', 'The provided API key is invalid')
      : unauthorized('MISSING_API_KEY', 'No API key provided');
  }
  if (/\s/.test(key)) {
    return unauthorized('INVALID_API_KEY', 'The provided API key is invalid');
  }
  if (key.includes('revoked') || state.revokedKeys.has(key)) {
    return unauthorized('KEY_REVOKED', 'This API key has been revoked', { revoked_at: '2024-03-01T12:00:00Z' });
  }
  if (key.includes('expired')) {
    return unauthorized('INVALID_API_KEY', 'The API key has expired');
  }
  return key;
}

/** Scriptix's 429: `Retry-After`, `X-RateLimit-*` and `retry_after` in the body. */
export function scriptixRateLimited(window: WindowReading, now: number): Response {
  const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  const windowSeconds = Math.round((window.resetAt - now) / 1000);
  const body = {
    ...scriptixErrorBody(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', { limit: window.limit, window: `${windowSeconds}s` }),
    retry_after: retryAfter,
  };
  const headers = scriptixRateLimitHeaders({ limit: window.limit, remaining: 0, retryAfterSeconds: retryAfter, resetAt: window.resetAt });
  return HttpResponse.json(body, { status: 429, headers });
}

/** What a Scriptix handler gets: the kernel's input, its caller, and the JSON body as an object (`{}` without one). */
export type ScriptixRouteInput = MockRouteInput & { caller: Caller; fields: Record<string, unknown> };

/** One Scriptix operation's behaviour for the kernel, with its caller (the key; the kernel adds the headers). */
export function scriptixRoute(handler: (input: ScriptixRouteInput) => Response | Promise<Response>): MockRouteHandler {
  return (input) =>
    handler({ ...input, caller: { key: input.credential ?? '', headers: {} }, fields: (input.body ?? {}) as Record<string, unknown> });
}

/** A route on the caller's session `{sessionId}` (404 unknown, 403 another token's). */
export function sessionRoute(
  state: ScriptixMockState,
  handler: (session: MockScriptixSession, input: ScriptixRouteInput) => Response | Promise<Response>,
): MockRouteHandler {
  return scriptixRoute((input) => {
    const session = ownedSession(state, input.caller, String(input.params.sessionId));
    return session instanceof Response ? session : handler(session, input);
  });
}
