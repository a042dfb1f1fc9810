/** A fetch double: answers each request with the next responder and records every request it got. */
export interface RecordingFetch {
  fetch: typeof globalThis.fetch;
  /** Requests received, in order (bodies already read into `bodyText`). */
  requests: Array<{ method: string; url: string; headers: Headers; bodyText: string }>;
}

export type Responder = Response | ((request: Request) => Response | Promise<Response>);

/** Creates a fetch that answers with `responders` in order (the last one repeats). */
export function createRecordingFetch(responders: Responder[]): RecordingFetch {
  const requests: RecordingFetch['requests'] = [];
  let index = 0;
  const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const bodyText = request.body ? await request.clone().text() : '';
    requests.push({ method: request.method, url: request.url, headers: new Headers(request.headers), bodyText });
    const responder = responders[Math.min(index, responders.length - 1)];
    index++;
    if (responder === undefined) {
      throw new Error('createRecordingFetch: no responder configured');
    }
    return typeof responder === 'function' ? responder(request) : responder.clone();
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

/** A JSON `Response` with the given status and headers. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
