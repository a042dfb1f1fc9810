import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { type HesedVidMockBucket, hesedvidErrorBody } from './hesedvid-profile.js';
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

/**
 * One HesedVid operation's behaviour for the kernel (which has checked the key, counted the
 * request in its bucket's hourly window and validated it against the spec): counts it per bucket
 * in `state.requests` and hands the handler its parameters, body and query.
 */
export function hesedvidRoute(
  context: HesedVidRouteContext,
  handle: (input: HesedVidRequest) => Response | Promise<Response>,
): MockRouteHandler {
  return (input) => {
    context.state.requests[input.operation.bucket as HesedVidMockBucket]++;
    const body = typeof input.body === 'object' && input.body !== null ? (input.body as Record<string, unknown>) : {};
    return handle({ request: input.request, params: input.params, body, query: input.query, now: input.now });
  };
}
