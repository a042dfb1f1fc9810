import { assertKnownOptions, type CallOptions, ConfigurationError, type Transport } from '@conduit/core';

/** Per-call options every Scriptix method accepts last. Durations are milliseconds. */
export type RequestOptions = Pick<CallOptions, 'signal' | 'timeout' | 'deadline' | 'maxRetries' | 'idempotent'>;

const requestOptionKeys = ['signal', 'timeout', 'deadline', 'maxRetries', 'idempotent'];

/** The fetch openapi-fetch should use for one call: the client's transport with this call's options. */
export type CallFetch = (input: Request) => Promise<Response>;

/** Checks `RequestOptions` and returns the transport bound to them (`defaults` apply where the caller is silent). */
export function callFetch(transport: Transport, options: RequestOptions | undefined, defaults: RequestOptions = {}): CallFetch {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new ConfigurationError('Scriptix: request options must be an object such as `{ signal, timeout }`.');
  }
  assertKnownOptions(options ?? {}, requestOptionKeys, 'Scriptix request options');
  return transport.with({ ...defaults, ...options });
}

/** Wraps a call fetch so the request URL ends with `/` (the docs print `/files/` and `/custom_models/{id}/`). */
export function withTrailingSlash(fetch: CallFetch): CallFetch {
  return (request) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/')) {
      return fetch(request);
    }
    url.pathname = `${url.pathname}/`;
    return fetch(new Request(url, request));
  };
}
