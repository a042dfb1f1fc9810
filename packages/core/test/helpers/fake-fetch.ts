/** One request an injected fetch received, with its body already read. */
export interface RecordedCall {
  request: Request;
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** Builds the answer for the n-th call (1-based). */
export type Responder = (request: Request, call: number) => Response | Promise<Response>;

/**
 * An injectable fetch that records every Request it gets (body read from a clone) and answers
 * with `respond`. Shares no global state, like openapi-fetch's `createObservedClient`.
 */
export function createFakeFetch(respond: Responder): { fetch: typeof globalThis.fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    calls.push({ request, method: request.method, url: request.url, headers: new Headers(request.headers), body });
    return respond(request, calls.length);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** Answers call n with `factories[n - 1]`, repeating the last one afterwards. */
export function sequence(...factories: Array<() => Response>): Responder {
  return (_request, call) => {
    const factory = factories[Math.min(call, factories.length) - 1];
    if (!factory) {
      throw new Error('sequence() needs at least one response');
    }
    return factory();
  };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** An answer with a status and optional headers and text body. */
export function status(code: number, headers: Record<string, string> = {}, body: string | null = null): Response {
  return new Response(body, { status: code, headers });
}
