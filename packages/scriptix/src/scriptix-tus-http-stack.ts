import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client';
import type { TusChunk } from './scriptix-tus-file-reader.js';

/** Sends one request: the client's transport bound to the upload's call options. */
export type TusSend = (request: Request) => Promise<Response>;

function createResponse(response: Response, body: string): HttpResponse {
  return {
    getStatus: () => response.status,
    getHeader: (name) => response.headers.get(name) ?? undefined,
    getBody: () => body,
    getUnderlyingObject: () => response,
  };
}

function createRequest(method: string, url: string, send: TusSend): HttpRequest {
  const headers = new Headers();
  const controller = new AbortController();
  let request: Request | undefined;
  return {
    getMethod: () => method,
    getURL: () => url,
    setHeader: (name, value) => headers.set(name, value),
    getHeader: (name) => headers.get(name) ?? undefined,
    // fetch reports no upload progress: Scriptix reports progress once per accepted chunk instead.
    setProgressHandler: () => undefined,
    async send(chunk: TusChunk | null = null) {
      request = new Request(url, { method, headers, body: (chunk?.body ?? null) as BodyInit | null, signal: controller.signal });
      const response = await send(request);
      return createResponse(response, await response.text());
    },
    abort: async () => controller.abort(),
    getUnderlyingObject: () => request,
  };
}

/**
 * tus-js-client's HTTP stack on the client's transport, so every TUS request gets its auth,
 * retries, rate-limit pacing, redaction and typed errors. A non-2xx answer never reaches
 * tus-js-client as a status: the transport throws it as a Conduit error (`ConflictError`,
 * `RateLimitError`, ...), which tus-js-client hands back as its error's `causingError`.
 */
export function createTusHttpStack(send: TusSend): HttpStack {
  return {
    createRequest: (method, url) => createRequest(method, url, send),
    getName: () => 'ScriptixTransportHttpStack',
  };
}
