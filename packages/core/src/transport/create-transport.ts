import { ConfigurationError } from '../errors/configuration-error.js';
import { parseRateLimitHeaders } from '../rate-limit/parse-rate-limit-headers.js';
import type { RateLimitState } from '../rate-limit/rate-limit-state.js';
import { createCallState } from './call-state.js';
import type { Handler } from './compose-steps.js';
import { isBrowser } from './is-browser.js';
import type { Middleware } from './middleware.js';
import { buildPipeline } from './pipeline.js';
import type { CallOptions, TransportOptions } from './transport-options.js';
import { createTransportRuntime } from './transport-runtime.js';
import type { TransportStats } from './transport-stats.js';
import { validateTransportOptions } from './validate-transport-options.js';

export type { TransportStats } from './transport-stats.js';

/** A fetch-compatible function (use it as openapi-fetch's `fetch`) with per-call options, middleware and counters. */
export interface Transport {
  (input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The same transport with options for one call, e.g. `{ idempotent: true, signal }`. */
  with(call: CallOptions): (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Adds middleware to every later call, after the middleware already registered. */
  use(...middleware: Middleware[]): void;
  /** Provider id given to `createTransport`. */
  readonly provider: string;
  /** The request id (from the provider's request-id header) and rate-limit state an answer carries. */
  describe(response: Response): {
    /** The provider's request id header, when present. */
    requestId: string | undefined;
    /** The rate-limit headers of the answer, parsed. */
    rateLimit: RateLimitState | undefined;
  };
  /** Live counters: calls, attempts, retries, rate-limited answers and failures. */
  readonly stats: TransportStats;
}

/**
 * Creates the shared transport: a pipeline of small steps (see `transportSteps` in `pipeline.ts`
 * for their order) that adds auth, paces by rate-limit state, bounds each attempt in time, turns
 * answers into typed errors and retries with server hints.
 *
 * @example
 * ```ts
 * import { bearer, createTransport } from '@conduit/core';
 * import createClient from 'openapi-fetch';
 *
 * declare const key: string;
 * declare const baseUrl: string;
 * type paths = Record<string, never>;
 * const transport = createTransport({ provider: 'genai', auth: bearer()(key) });
 * const client = createClient<paths>({ baseUrl, fetch: transport });
 * transport.use({ name: 'trace', onRequest: ({ request }) => console.log(request.method, request.url) });
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  validateTransportOptions(options);
  if (options.auth?.bearsKey && isBrowser() && !options.dangerouslyAllowBrowser) {
    throw new ConfigurationError(
      `${options.provider}: a client holding an API key was created in a browser. Use the ./browser entry with signed URLs, or pass dangerouslyAllowBrowser: true if this page is trusted.`,
    );
  }
  const runtime = createTransportRuntime(options);
  const skip = options.experimental_skipSteps;
  const plain = buildPipeline(runtime, { hooks: false, skip });
  let hooked: Handler | undefined;

  function send(input: Request | string | URL, init: RequestInit | undefined, call: CallOptions): Promise<Response> {
    runtime.stats.calls++;
    try {
      const state = createCallState(runtime, input, init, call);
      if (state.middleware.length === 0) {
        return plain(state);
      }
      hooked ??= buildPipeline(runtime, { hooks: true, skip });
      return hooked(state);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  const transport = ((input: Request | string | URL, init?: RequestInit) => send(input, init, {})) as Transport;
  Object.defineProperties(transport, {
    with: { value: (call: CallOptions) => (input: Request | string | URL, init?: RequestInit) => send(input, init, call) },
    use: {
      value: (...middleware: Middleware[]) => {
        runtime.middleware = [...runtime.middleware, ...middleware];
      },
    },
    provider: { value: options.provider },
    describe: {
      value: (response: Response) => ({
        requestId: response.headers.get(runtime.requestIdHeader) ?? undefined,
        rateLimit: parseRateLimitHeaders(response.headers, runtime.now(), response.status),
      }),
    },
    stats: { value: runtime.stats },
  });
  return transport;
}
