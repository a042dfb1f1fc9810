import { APIConnectionError } from '../errors/api-connection-error.js';
import { assertSecureUrl } from './assert-secure-url.js';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const alwaysSensitive = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-zoom-s2t-key'];

/** A fetch `init` whose method and headers are known (the transport always sets both). */
export type HopInit = RequestInit & { method: string; headers: Headers };

/**
 * Sends a request and follows redirects by hand, so that on a cross-origin hop every
 * credential header (custom ones such as `X-API-Key` too) is dropped before the next send.
 * The body (a `Blob` or `null`) is sent again on 307/308; 303, and 301/302 after a POST, become GETs.
 */
export async function fetchFollowingRedirects(
  send: (url: string, init: HopInit) => Promise<Response>,
  url: string,
  init: HopInit,
  options: { maxRedirects: number; sensitiveHeaders: readonly string[] },
): Promise<Response> {
  let hopUrl = url;
  let hopInit = init;
  let stripped = false;
  for (let hop = 0; ; hop++) {
    const response = await send(hopUrl, hopInit);
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || location === null) {
      return response;
    }
    void response.body?.cancel().catch(() => {});
    if (hop >= options.maxRedirects) {
      throw new APIConnectionError(`Too many redirects (more than ${options.maxRedirects})`, { retryable: false });
    }
    const from = new URL(hopUrl);
    const target = assertSecureUrl(new URL(location, from).href, 'redirect location');
    const headers = new Headers(hopInit.headers);
    if (stripped || target.origin !== from.origin) {
      stripped = true;
      for (const name of [...alwaysSensitive, ...options.sensitiveHeaders]) {
        headers.delete(name);
      }
    }
    const method = hopInit.method;
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST');
    if (toGet) {
      headers.delete('content-type');
      headers.delete('content-length');
    }
    hopInit = {
      ...hopInit,
      method: toGet ? 'GET' : method,
      headers,
      body: toGet || method === 'GET' || method === 'HEAD' ? null : hopInit.body,
    };
    hopUrl = target.href;
  }
}
