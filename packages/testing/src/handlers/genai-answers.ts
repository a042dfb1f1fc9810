import type { components } from '@conduit/specs/genai';
import { HttpResponse } from 'msw';
import { type WindowReading, xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import type { GenAIRefusal } from './genai-invalid-request.js';
import { genaiErrorBody, genaiErrorStatus } from './genai-profile.js';
import { type GenAIMockState, nextId } from './genai-state.js';

type Schemas = components['schemas'];

/** Hands out the `meta` of each request once (`request_id`, `timestamp`), so errors and data share it. */
export function createGenAIMeta(state: GenAIMockState, now: () => number): (request: Request) => Schemas['Meta'] {
  const metas = new WeakMap<Request, Schemas['Meta']>();
  return (request) => {
    let meta = metas.get(request);
    if (meta === undefined) {
      state.requests++;
      meta = { request_id: nextId(state, 'req'), timestamp: new Date(now()).toISOString() };
      metas.set(request, meta);
    }
    return meta;
  };
}

/** GenAI's error envelope for a refusal, with the request's `meta` and the field in `details`. */
export function genaiRefuse(meta: Schemas['Meta'], refusal: GenAIRefusal & { details?: Schemas['ErrorDetails'] | undefined }): Response {
  const details = refusal.details ?? (refusal.field ? { field: refusal.field, issue: refusal.message } : undefined);
  return HttpResponse.json(
    genaiErrorBody(refusal.code, refusal.message, {
      requestId: meta.request_id,
      timestamp: meta.timestamp,
      ...(details ? { details } : {}),
    }),
    { status: genaiErrorStatus[refusal.code] },
  );
}

/** `X-RateLimit-Limit/Remaining/Reset` (Unix seconds). */
export function genaiRateLimitHeaders(window: WindowReading): Record<string, string> {
  return xRateLimitHeaders(window.limit, window.remaining, window.resetAt);
}

/** The 429 envelope with the retry hint in `details.retry_after`. */
export function genaiRateLimited(meta: Schemas['Meta'], window: WindowReading, now: number): Response {
  const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  return genaiRefuse(meta, {
    code: 'RATE_LIMIT_EXCEEDED',
    message: `Rate limit exceeded. Try again in ${retryAfter} seconds.`,
    details: { retry_after: retryAfter, limit: window.limit, reset_time: Math.ceil(window.resetAt / 1000) },
  });
}
