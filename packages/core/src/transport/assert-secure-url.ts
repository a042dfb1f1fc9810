import { ConfigurationError } from '../errors/configuration-error.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for `localhost`, `*.localhost`, 127.0.0.0/8 and `::1`. */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname) || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Parses a base URL and refuses anything a key should not be sent to: not a URL, not
 * http(s), or plain `http://` to a host that is not loopback.
 */
export function assertSecureUrl(value: unknown, label = 'baseUrl'): URL {
  if (typeof value !== 'string' && !(value instanceof URL)) {
    throw new ConfigurationError(`\`${label}\` must be a URL string, got ${value === null ? 'null' : typeof value}.`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new ConfigurationError(`\`${label}\` is not a valid absolute URL: "${String(value).slice(0, 200)}".`, { cause: error });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`\`${label}\` must use https:// (got ${url.protocol}).`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(`\`${label}\` uses plain http:// to ${url.hostname}; only loopback hosts may use http. Use https://.`);
  }
  return url;
}
