import { APIConnectionError } from '../errors/api-connection-error.js';
import { APITimeoutError } from '../errors/api-timeout-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import type { UploadProgress } from './upload-to-signed-url.js';

/** One upload request for `sendWithProgress`. Durations are milliseconds. */
export interface ProgressRequestInit {
  /** HTTP method, such as `PUT` or `POST`. */
  method: string;
  /** Request headers. */
  headers?: Record<string, string> | undefined;
  /** The bytes to send: a `Blob`/`File` or `FormData`. */
  body: Blob | FormData;
  /** Called as bytes leave (the XHR upload events). */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts the request with `RequestAbortedError`. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many milliseconds with `APITimeoutError` (default: no limit). */
  timeout?: number | undefined;
}

/**
 * Sends one upload request through `XMLHttpRequest` (browsers and their workers), which unlike
 * fetch reports upload progress, and resolves with the answer whatever its status. A network
 * failure, timeout or abort throws `APIConnectionError`, `APITimeoutError` or `RequestAbortedError`.
 * Imports no Node module, so it is safe in browser bundles; in Node use `uploadToSignedUrl`.
 */
export function sendWithProgress(url: URL, init: ProgressRequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (typeof XMLHttpRequest !== 'function') {
      throw new ConfigurationError('Browser uploads need XMLHttpRequest; in Node use uploadToSignedUrl.');
    }
    const { signal, onProgress } = init;
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const fail = (error: () => Error) => () => {
      signal?.removeEventListener('abort', abort);
      reject(error());
    };
    const aborted = fail(() => new RequestAbortedError(undefined, { cause: signal?.reason }));
    if (signal?.aborted) {
      aborted();
      return;
    }
    xhr.open(init.method, url.href);
    for (const [name, value] of Object.entries(init.headers ?? {})) {
      xhr.setRequestHeader(name, value);
    }
    xhr.timeout = init.timeout ?? 0;
    // An upload listener makes a cross-origin request preflighted; hosts of signed URLs and upload tokens allow that.
    if (onProgress) {
      xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : undefined });
    }
    xhr.onload = () => {
      signal?.removeEventListener('abort', abort);
      const headers = new Headers();
      for (const [, name = '', value = ''] of xhr.getAllResponseHeaders().matchAll(/^([^:\r\n]+):[ \t]*(.*?)[ \t]*$/gm)) {
        headers.append(name, value);
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(empty ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = fail(() => new APIConnectionError(`Could not reach ${url.host}`));
    xhr.ontimeout = fail(() => new APITimeoutError(`${init.method} to ${url.host} timed out after ${init.timeout} ms`));
    xhr.onabort = aborted;
    signal?.addEventListener('abort', abort, { once: true });
    xhr.send(init.body);
  });
}
