import { type DefaultBodyType, HttpResponse, type HttpResponseResolver, type PathParams } from 'msw';
import { type HesedVidMockBucket, hesedvidErrorBody, hesedvidRateLimitHeaders } from './hesedvid-profile.js';
import type { HesedVidMockState } from './hesedvid-state.js';

/** What every HesedVid route shares: the state, the clock and the hourly limits. */
export interface HesedVidRouteContext {
  state: HesedVidMockState;
  now: () => number;
  limits: Readonly<Record<HesedVidMockBucket, number>>;
}

/** What a route's handler gets. */
export interface HesedVidRequest {
  request: Request;
  params: Readonly<Record<string, string>>;
  /** The parsed JSON body (`{}` when there is none). */
  body: Record<string, unknown>;
  query: URLSearchParams;
  /** The clock reading for this request, in epoch milliseconds. */
  now: number;
}

const hourMs = 3_600_000;

/** A JSON error answer in the mock's `{ error, message }` style. */
export function refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(hesedvidErrorBody(code, message), { status, headers });
}

/** Checks `X-Api-Key`: the documented prefixes, letters and digits after; `expired`/`revoked` in a key simulate those states. */
export function checkHesedVidKey(value: string | null): Response | undefined {
  if (value === null || value === '') {
    return refuse(401, 'unauthorized', 'Missing API key: send it in the X-Api-Key header');
  }
  if (!/^hv_(live|test)_[A-Za-z0-9]+$/.test(value)) {
    return refuse(401, 'invalid_api_key', 'Invalid API key: keys start with hv_live_ or hv_test_');
  }
  if (/expired/i.test(value)) {
    return refuse(401, 'api_key_expired', 'The API key has expired');
  }
  if (/revoked/i.test(value)) {
    return refuse(401, 'api_key_revoked', 'The API key has been revoked');
  }
  return undefined;
}

async function readJson(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (text.trim() === '') {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps one operation the way the API answers every request: the `X-Api-Key` check (401), the
 * hourly window of the operation's bucket (429 once spent), the JSON body (400 when it is not an
 * object), then the handler; `X-RateLimit-Limit/Remaining/Reset` on every answer past the key check.
 */
export function hesedvidRoute(
  context: HesedVidRouteContext,
  bucket: HesedVidMockBucket,
  handle: (input: HesedVidRequest) => Response | Promise<Response>,
): HttpResponseResolver<PathParams, DefaultBodyType, undefined> {
  return async ({ request, params }) => {
    const key = request.headers.get('x-api-key');
    const denied = checkHesedVidKey(key);
    if (denied) {
      return denied;
    }
    const now = context.now();
    const limit = context.limits[bucket];
    const windowKey = `${key}:${bucket}`;
    let window = context.state.windows.get(windowKey);
    if (window === undefined || window.resetAt <= now) {
      window = { used: 0, resetAt: now + hourMs };
      context.state.windows.set(windowKey, window);
    }
    if (window.used >= limit) {
      const headers = hesedvidRateLimitHeaders(limit, 0, window.resetAt);
      return refuse(429, 'rate_limit_exceeded', `Rate limit exceeded for ${bucket} operations (${limit} requests per hour)`, headers);
    }
    window.used++;
    context.state.requests[bucket]++;
    const headers = hesedvidRateLimitHeaders(limit, limit - window.used, window.resetAt);
    const body = request.method === 'GET' || request.method === 'DELETE' ? {} : await readJson(request);
    const response =
      body === undefined
        ? refuse(400, 'invalid_request', 'The request body must be a JSON object')
        : await handle({
            request,
            params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])),
            body,
            query: new URL(request.url).searchParams,
            now,
          });
    for (const [name, value] of Object.entries(headers)) {
      response.headers.set(name, value);
    }
    return response;
  };
}
