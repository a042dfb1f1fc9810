import { APIConnectionError } from '../errors/api-connection-error.js';
import { APITimeoutError } from '../errors/api-timeout-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import type { UploadProgress } from './upload-to-signed-url.js';

/** One upload request for `sendWithProgress`. Durations are milliseconds. */
export interface ProgressRequestInit {
  /** HTTP method, such as `PUT` or `POST`. */
  method: string;
  /** Request headers. */
  headers?: Record<string, string> | undefined;
  /** The bytes to send: a `Blob`/`File`, `FormData` or an `ArrayBuffer`. */
  body: Blob | FormData | ArrayBuffer;
  /** Called as bytes leave (XHR upload events in browsers; once at the end elsewhere). */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts the request with `RequestAbortedError`. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
}

const nullBodyStatuses = [101, 204, 205, 304];

function toResponse(status: number, statusText: string, headerText: string, body: string): Response {
  const headers = new Headers();
  for (const line of headerText.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  return new Response(nullBodyStatuses.includes(status) ? null : body, { status, statusText, headers });
}

function sendXhr(url: URL, init: ProgressRequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const { signal, onProgress } = init;
    if (signal?.aborted) {
      reject(new RequestAbortedError(undefined, { cause: signal.reason }));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const settle = (finish: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    xhr.open(init.method, url.href);
    for (const [name, value] of Object.entries(init.headers ?? {})) {
      xhr.setRequestHeader(name, value);
    }
    xhr.timeout = init.timeout ?? 0;
    // Registering an upload listener makes a cross-origin request preflighted; signed-URL hosts allow that.
    if (onProgress) {
      xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : undefined });
    }
    xhr.onload = () => settle(() => resolve(toResponse(xhr.status, xhr.statusText, xhr.getAllResponseHeaders(), xhr.responseText)));
    xhr.onerror = () => settle(() => reject(new APIConnectionError(`Could not reach ${url.host}`)));
    xhr.ontimeout = () => settle(() => reject(new APITimeoutError(`${init.method} to ${url.host} timed out after ${init.timeout} ms`)));
    xhr.onabort = () => settle(() => reject(new RequestAbortedError(undefined, { cause: signal?.reason })));
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(init.body);
  });
}

async function sendFetch(url: URL, init: ProgressRequestInit): Promise<Response> {
  const { signal, timeout } = init;
  const timer = timeout ? AbortSignal.timeout(timeout) : undefined;
  const signals = [signal, timer].filter((item): item is AbortSignal => item !== undefined);
  try {
    const response = await globalThis.fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
    });
    const size = init.body instanceof Blob ? init.body.size : init.body instanceof ArrayBuffer ? init.body.byteLength : undefined;
    init.onProgress?.({ loaded: size ?? 0, total: size });
    return response;
  } catch (error) {
    if (signal?.aborted) {
      throw new RequestAbortedError(undefined, { cause: signal.reason });
    }
    if (timer?.aborted) {
      throw new APITimeoutError(`${init.method} to ${url.host} timed out after ${timeout} ms`, { cause: error });
    }
    throw new APIConnectionError(`Could not reach ${url.host}`, { cause: error });
  }
}

/**
 * Sends one upload request and reports progress as the bytes leave: through `XMLHttpRequest`
 * where it exists (browsers; fetch has no upload progress), else through `fetch`. Resolves with
 * the answer whatever its status; a network failure, timeout or abort throws a typed error.
 * Imports no Node module, so it is safe in browser bundles.
 */
export function sendWithProgress(url: URL, init: ProgressRequestInit): Promise<Response> {
  return typeof XMLHttpRequest === 'function' ? sendXhr(url, init) : sendFetch(url, init);
}
