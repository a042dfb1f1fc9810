/** One request a `RecordingFetch` received. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Full request URL. */
  url: string;
  /** Request headers as sent (auth headers included: do not log them). */
  headers: Headers;
  /** The body as text (`''` when there is none). */
  bodyText: string;
  /** The request itself. */
  request: Request;
}

/** A fetch double: answers each request with the next responder and records every request it got. */
export interface RecordingFetch {
  /** The fake fetch to give the client. */
  fetch: typeof globalThis.fetch;
  /** Requests received, in order (bodies already read into `bodyText`). */
  requests: RecordedRequest[];
}

/** A fixed answer, or a function of the request (it may hang or reject, as a network would). */
export type Responder = Response | ((request: Request) => Response | Promise<Response>);

/**
 * The signal each request was sent with. Node's `Request` follows the `init.signal` it is built
 * from only through a weak reference to an internal controller, which garbage collection may take,
 * after which the copy never aborts; listening to the sender's own signal avoids that.
 */
const senderSignals = new WeakMap<Request, AbortSignal>();

/** Creates a fetch that answers with `responders` in order (the last one repeats). */
export function createRecordingFetch(responders: Responder[]): RecordingFetch {
  const requests: RecordedRequest[] = [];
  let index = 0;
  const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const senderSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (senderSignal) {
      senderSignals.set(request, senderSignal);
    }
    const bodyText = request.body ? await request.clone().text() : '';
    requests.push({ method: request.method, url: request.url, headers: new Headers(request.headers), bodyText, request });
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

/** A responder that never answers: it rejects only when the request's signal aborts (a stalled server). */
export function hangUntilAborted(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = senderSignals.get(request) ?? request.signal;
    const fail = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) {
      fail();
    } else {
      signal.addEventListener('abort', fail, { once: true });
    }
  });
}
