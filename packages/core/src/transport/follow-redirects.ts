import { APIConnectionError } from '../errors/api-connection-error.js';
import { assertSecureUrl } from './assert-secure-url.js';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const alwaysSensitive = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-zoom-s2t-key'];

/**
 * Sends a request and follows redirects by hand, so that on a cross-origin hop every
 * credential header (custom ones such as `X-API-Key` too) is dropped before the next send.
 */
export async function fetchFollowingRedirects(
  send: (request: Request) => Promise<Response>,
  first: Request,
  replay: () => Request,
  options: { maxRedirects: number; sensitiveHeaders: readonly string[]; signal: AbortSignal },
): Promise<Response> {
  let request = first;
  let stripped = false;
  for (let hop = 0; ; hop++) {
    const response = await send(request);
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || location === null) {
      return response;
    }
    void response.body?.cancel().catch(() => {});
    if (hop >= options.maxRedirects) {
      throw new APIConnectionError(`Too many redirects (more than ${options.maxRedirects})`, { retryable: false });
    }
    const from = new URL(request.url);
    const target = assertSecureUrl(new URL(location, from).href, 'redirect location');
    const headers = new Headers(request.headers);
    if (stripped || target.origin !== from.origin) {
      stripped = true;
      for (const name of [...alwaysSensitive, ...options.sensitiveHeaders]) {
        headers.delete(name);
      }
    }
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === 'POST');
    const source = replay();
    if (toGet) {
      headers.delete('content-type');
      headers.delete('content-length');
    }
    request = new Request(target, {
      method: toGet ? 'GET' : source.method,
      headers,
      body: toGet || source.method === 'GET' || source.method === 'HEAD' ? null : source.body,
      redirect: 'manual',
      signal: options.signal,
      duplex: 'half',
    } as RequestInit);
  }
}
