import type { CallFetch } from '@conduit/core';

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
