import type { HeaderReading } from './headers/header-reading.js';
import { parseDraft6Headers } from './headers/parse-draft6-headers.js';
import { parseDraft7Header } from './headers/parse-draft7-header.js';
import { parseRetryAfterHeaders } from './headers/parse-retry-after-headers.js';
import { parseStructuredRateLimit } from './headers/parse-structured-rate-limit.js';
import { parseXRateLimitHeaders } from './headers/parse-x-ratelimit-headers.js';
import type { RateLimitState } from './rate-limit-state.js';

export { parseResetHeader } from './headers/read-reset.js';

/**
 * The one rate-limit header parser, run on every answer (success or error). Reads every style into
 * one `RateLimitState`: `X-RateLimit-*` (epoch s, epoch ms or delta reset; api.video's
 * `X-RateLimit-Retry-After`), IETF draft 6 `RateLimit-Limit/-Remaining/-Reset` + `RateLimit-Policy`,
 * draft 7 `RateLimit: limit=, remaining=, reset=`, drafts 8–9 `RateLimit: "p";r=;t=` with
 * `RateLimit-Policy: "p";q=;w=` (several policies), `Retry-After` and `retry-after-ms`. Where
 * styles overlap, `X-RateLimit-*` wins over `RateLimit-*`, which wins over the combined field.
 *
 * Pass the answer's `status`: a 429 yields a state (with `throttled: true`) even without any header,
 * so the limiter can adapt to servers that say nothing. Otherwise returns `undefined` when the
 * answer carries no rate-limit header. Never throws.
 */
export function parseRateLimitHeaders(headers: Headers, now: number, status?: number): RateLimitState | undefined {
  const combined = headers.get('ratelimit');
  const readings: HeaderReading[] = [];
  const legacy = parseXRateLimitHeaders(headers, now);
  if (legacy) {
    readings.push(legacy);
  }
  const draft6 = parseDraft6Headers(headers, now);
  if (draft6) {
    readings.push(draft6);
  }
  if (combined !== null) {
    const field = parseDraft7Header(combined, headers, now) ?? parseStructuredRateLimit(combined, headers, now);
    if (field) {
      readings.push(field);
    }
  }
  const explicitMs = parseRetryAfterHeaders(headers, now);
  const throttled = status === 429;
  if (readings.length === 0 && explicitMs === undefined && !throttled) {
    return undefined;
  }
  const pick = <K extends keyof HeaderReading>(key: K): HeaderReading[K] => readings.find((reading) => reading[key] !== undefined)?.[key];
  const resetSource = readings.find((reading) => reading.resetAt !== undefined);
  const state: RateLimitState = {
    limit: pick('limit'),
    remaining: pick('remaining'),
    resetAt: resetSource?.resetAt,
    retryAfterMs: explicitMs ?? pick('windowRetryAfterMs'),
    observedAt: now,
  };
  if (explicitMs !== undefined) {
    state.explicitRetryAfter = true;
  }
  if (resetSource) {
    state.resetPrecisionMs = resetSource.resetPrecisionMs;
    state.resetAbsolute = resetSource.resetAbsolute;
  }
  const windowMs = pick('windowMs');
  if (windowMs !== undefined) {
    state.windowMs = windowMs;
  }
  const policies = pick('policies');
  if (policies !== undefined) {
    state.policies = policies;
  }
  if (throttled) {
    state.throttled = true;
  }
  return state;
}
