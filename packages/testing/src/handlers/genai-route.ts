import type { components } from '@conduit/specs/genai';
import { type DefaultBodyType, HttpResponse, type HttpResponseResolver, type PathParams } from 'msw';
import { checkBearer } from './genai-auth.js';
import { type GenAIMockErrorCode, genaiErrorBody, genaiErrorStatus } from './genai-profile.js';
import { type GenAIMockState, type GenAIWindowGroup, nextId, takeFromWindow } from './genai-state.js';

type Schemas = components['schemas'];

/** A refusal a handler returns: a documented code, a message and optionally the offending field. */
export interface GenAIRefusal {
  code: GenAIMockErrorCode;
  message: string;
  field?: string;
}

/** What every GenAI route shares: the state, the clock and the per-group limits. */
export interface GenAIRouteContext {
  state: GenAIMockState;
  now: () => number;
  limits: Readonly<Record<GenAIWindowGroup, number>>;
}

/** What a route's handler gets besides the body. */
export interface GenAIAnswerContext {
  /** `meta` for the success envelope (`request_id`, `timestamp`). */
  meta: Schemas['Meta'];
  /** The clock reading for this request, in epoch milliseconds. */
  now: number;
}

function isRefusal(value: unknown): value is GenAIRefusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !('success' in value);
}

async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed: unknown = JSON.parse(await request.text());
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps one operation the way the API answers every request: bearer check (401 envelope), the
 * per-minute window (429 with `details.retry_after`), JSON body (400 `INVALID_REQUEST`), then the
 * handler; `X-RateLimit-Limit/Remaining/Reset` (Unix seconds) on every answer.
 */
export function genaiRoute<Success extends DefaultBodyType>(
  context: GenAIRouteContext,
  group: GenAIWindowGroup,
  handle: (body: Record<string, unknown>, answer: GenAIAnswerContext) => Success | GenAIRefusal,
  readBody = true,
): HttpResponseResolver<PathParams, DefaultBodyType, undefined> {
  return async ({ request }) => {
    const { state } = context;
    const now = context.now();
    state.requests++;
    const meta = { request_id: nextId(state, 'req'), timestamp: new Date(now).toISOString() };
    const auth = checkBearer(request.headers.get('authorization'));
    const key = 'key' in auth ? auth.key : 'anonymous';
    const window = takeFromWindow(state, key, group, context.limits[group], now);
    const resetSeconds = Math.ceil(window.resetAt / 1000);
    const headers = {
      'X-RateLimit-Limit': String(window.limit),
      'X-RateLimit-Remaining': String(window.limit - window.used),
      'X-RateLimit-Reset': String(resetSeconds),
    };
    const refuse = (code: GenAIMockErrorCode, message: string, details?: Schemas['ErrorDetails']) =>
      HttpResponse.json<Success | Schemas['ErrorResponse']>(
        genaiErrorBody(code, message, { requestId: meta.request_id, timestamp: meta.timestamp, ...(details ? { details } : {}) }),
        {
          status: genaiErrorStatus[code],
          headers,
        },
      );
    if ('problem' in auth) {
      return refuse(auth.problem.code, auth.problem.message, auth.problem.details);
    }
    if (!window.allowed) {
      const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      return refuse('RATE_LIMIT_EXCEEDED', `Rate limit exceeded. Try again in ${retryAfter} seconds.`, {
        retry_after: retryAfter,
        limit: window.limit,
        reset_time: resetSeconds,
      });
    }
    let body: Record<string, unknown> = {};
    if (readBody && request.method !== 'GET' && request.method !== 'HEAD') {
      const parsed = await readJsonObject(request);
      if (parsed === undefined) {
        return refuse('INVALID_REQUEST', 'Request body must be a JSON object');
      }
      body = parsed;
    }
    const answer = handle(body, { meta, now });
    if (isRefusal(answer)) {
      return refuse(answer.code, answer.message, answer.field ? { field: answer.field, issue: answer.message } : undefined);
    }
    return HttpResponse.json<Success | Schemas['ErrorResponse']>(answer as Success, { status: 200, headers });
  };
}
