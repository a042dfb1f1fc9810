import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import type { ProviderProfile } from './provider-profile.js';

/** Options shared by every scenario. */
export interface ScenarioScope {
  /** Only requests whose path (after the base URL) starts with this are affected (default: all). */
  path?: string;
  /** Only this method is affected (default: all). */
  method?: string;
}

/** A step of `sequence()`: a status to answer with, or `'pass'` to let the normal handler answer. */
export type SequenceStep =
  | 'pass'
  | {
      /** HTTP status to answer with. */
      status: number;
      /** The provider's error code for the body. */
      code?: string;
      /** Error message for the body. */
      message?: string;
      /** Extra response headers. */
      headers?: Record<string, string>;
    };

/** Failure scenarios in one provider's own style, as msw handlers to `server.use(...)` before the normal ones. */
export interface Scenarios {
  /** Answers 429 with the provider's body and headers (`remaining`, `retryAfter` in seconds), `times` times (default once). */
  rateLimited(options?: ScenarioScope & { remaining?: number; limit?: number; retryAfter?: number; times?: number }): HttpHandler;
  /** Answers `status` (default 503) `times` times (default 1), then lets requests through. */
  outage(options?: ScenarioScope & { status?: number; times?: number; retryAfter?: number }): HttpHandler;
  /** Answers 401 with the provider's expired-key body on every request. */
  expiredKey(options?: ScenarioScope): HttpHandler;
  /** Delays every matching request by `ms` before the normal handler answers. */
  slow(ms: number, options?: ScenarioScope): HttpHandler;
  /** Fails matching requests at the network level `times` times (default 1). */
  networkError(options?: ScenarioScope & { times?: number }): HttpHandler;
  /** Answers matching requests with each step in turn, then lets requests through. */
  sequence(steps: SequenceStep[], options?: ScenarioScope): HttpHandler;
}

/** Builds the scenario helpers for one provider profile. */
export function createScenarios(profile: ProviderProfile): Scenarios {
  const base = profile.baseUrl.replace(/\/$/, '');
  const matches = (request: Request, scope: ScenarioScope | undefined) => {
    const path = request.url.slice(base.length);
    return (!scope?.path || path.startsWith(scope.path)) && (!scope?.method || request.method === scope.method.toUpperCase());
  };
  const errorResponse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    HttpResponse.json(profile.errorBody(status, code, message) as Record<string, unknown>, {
      status,
      headers: { 'content-type': profile.errorContentType ?? 'application/json', ...headers },
    });
  const counted = (times: number, scope: ScenarioScope | undefined, answer: (request: Request) => Response | Promise<Response>) => {
    let used = 0;
    return http.all(`${base}/*`, ({ request }) => {
      if (used >= times || !matches(request, scope)) {
        return undefined;
      }
      used++;
      return answer(request);
    });
  };

  return {
    rateLimited(options = {}) {
      const limit = options.limit ?? 100;
      // Headers are made per answer: a reset computed when the scenario was registered would be in the past by then.
      return counted(options.times ?? 1, options, () =>
        errorResponse(
          429,
          profile.rateLimitCode,
          'Rate limit exceeded',
          profile.rateLimitHeaders({ limit, remaining: options.remaining ?? 0, retryAfterSeconds: options.retryAfter ?? 1 }),
        ),
      );
    },
    outage(options = {}) {
      const status = options.status ?? 503;
      const headers: Record<string, string> = options.retryAfter === undefined ? {} : { 'retry-after': String(options.retryAfter) };
      return counted(options.times ?? 1, options, () =>
        errorResponse(status, 'service_unavailable', 'Service temporarily unavailable', headers),
      );
    },
    expiredKey(options = {}) {
      return counted(Number.POSITIVE_INFINITY, options, () => errorResponse(401, profile.expiredKeyCode, 'The API key has expired'));
    },
    slow(ms, options = {}) {
      return http.all(`${base}/*`, async ({ request }) => {
        if (matches(request, options)) {
          await delay(ms);
        }
        return undefined;
      });
    },
    networkError(options = {}) {
      return counted(options.times ?? 1, options, () => HttpResponse.error());
    },
    sequence(steps, options = {}) {
      let index = 0;
      return http.all(`${base}/*`, ({ request }) => {
        if (!matches(request, options) || index >= steps.length) {
          return undefined;
        }
        const step = steps[index++];
        if (step === undefined || step === 'pass') {
          return undefined;
        }
        return errorResponse(step.status, step.code ?? `http_${step.status}`, step.message ?? `HTTP ${step.status}`, step.headers);
      });
    },
  };
}
