import { parseMilliseconds, parseRetryAfter } from '../../retry/parse-retry-after.js';

/**
 * An explicit wait for this answer: `retry-after-ms` (OpenAI/Anthropic style, milliseconds) first,
 * then `Retry-After` (RFC 9110 section 10.2.3: delay seconds or an HTTP date). Milliseconds, or
 * `undefined` when neither is present and valid.
 */
export function parseRetryAfterHeaders(headers: Headers, now: number): number | undefined {
  return parseMilliseconds(headers.get('retry-after-ms')) ?? parseRetryAfter(headers.get('retry-after'), now);
}
