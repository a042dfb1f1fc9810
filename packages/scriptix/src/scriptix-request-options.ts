import { type CallFetch, type CallOptions, checkRequestOptions, type RequestOptions, type Transport } from '@conduit/core';

export type { RequestOptions };

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

/**
 * The transport bound to one call's options, for the TUS calls (`scriptix-tus-calls.ts`) until they
 * move to core's `callApi` on the w3-tusws branch. Delete with that move.
 */
export function callFetch(transport: Transport, options: RequestOptions | undefined, defaults: CallOptions = {}): CallFetch {
  return transport.with({ ...defaults, ...checkRequestOptions(options, 'Scriptix') });
}
