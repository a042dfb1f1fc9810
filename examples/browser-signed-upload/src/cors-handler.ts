import { getResponse, type HttpHandler, HttpResponse, http } from 'msw';

const exposed = 'etag, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-retry-after';

/**
 * Lets a page on another origin call the mock server, as a real bucket's CORS settings (GCS,
 * Azure) and api.video's upload endpoint do: answers preflights and adds the CORS headers to the
 * provider handlers' answers. Requests without an `Origin` (the Node clients) pass straight through.
 */
export function createCorsHandler(handlers: readonly HttpHandler[]): HttpHandler {
  return http.all('*', async ({ request }) => {
    const origin = request.headers.get('origin');
    if (origin === null) {
      return undefined;
    }
    if (request.method === 'OPTIONS') {
      return new HttpResponse(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, POST, PUT',
          'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '',
          'access-control-max-age': '600',
          vary: 'origin',
        },
      });
    }
    const response = await getResponse([...handlers], request);
    if (!response || response.type === 'error') {
      return response;
    }
    const headers = new Headers(response.headers);
    headers.set('access-control-allow-origin', origin);
    headers.set('access-control-expose-headers', exposed);
    headers.append('vary', 'origin');
    return new HttpResponse(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
