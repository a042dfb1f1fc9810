import { assertKnownOptions, type CallOptions, ConfigurationError, type Transport } from '@conduit/core';

/** Per-call options every method accepts as its last argument. */
export type ApiVideoRequestOptions = Pick<CallOptions, 'signal' | 'timeout' | 'idempotent'>;

/** A fetch for openapi-fetch's per-call `fetch` option. */
export type ApiVideoFetch = (input: Request) => Promise<Response>;

const requestOptionKeys = ['signal', 'timeout', 'idempotent'];

/** The transport for one call, carrying the caller's signal, timeout and idempotency flag. */
export function callFetch(transport: Transport, options: ApiVideoRequestOptions | undefined, label: string): ApiVideoFetch {
  if (options === undefined) {
    return transport;
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError(`${label}: request options must be an object such as { signal, timeout }.`);
  }
  assertKnownOptions(options, requestOptionKeys, label);
  return transport.with({ signal: options.signal, timeout: options.timeout, idempotent: options.idempotent });
}
