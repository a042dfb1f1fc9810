import { xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';

/** HesedVid's three hourly rate-limit buckets. */
export type HesedVidMockBucket = 'general' | 'video' | 'analytics';

/** The base URL the HesedVid handlers answer on (the REST reference's, the client's default). */
export const hesedvidBaseUrl = 'https://api.hesedvid.com/v1/api';

/** A development key in the documented format (`hv_test_` + letters and digits). */
export const hesedvidTestKey = 'hv_test_4f9c2a7d1b8e6f3a5c0d9e8b7a6f5c4d';

/** The documented hourly limits: general 10,000, video operations 1,000, analytics 500. */
export const defaultHesedVidLimits: Readonly<Record<HesedVidMockBucket, number>> = { general: 10_000, video: 1_000, analytics: 500 };

/**
 * The error body the mock answers with. HesedVid documents no error body (only 401/403/429), so the
 * mock uses a flat `{ error: <code>, message }`, which the client's tolerant parser reads.
 */
export function hesedvidErrorBody(
  code: string,
  message: string,
): {
  /** The error code. */
  error: string;
  /** Human-readable message. */
  message: string;
} {
  return { error: code, message };
}

/** `X-RateLimit-Limit/Remaining/Reset` (Unix seconds), HesedVid's documented headers. */
export function hesedvidRateLimitHeaders(limit: number, remaining: number, resetAtMs: number): Record<string, string> {
  return xRateLimitHeaders(limit, remaining, resetAtMs);
}

/** How the generic scenarios answer like HesedVid. */
export const hesedvidProfile: ProviderProfile = {
  id: 'hesedvid',
  baseUrl: hesedvidBaseUrl,
  errorBody: (_status, code, message) => hesedvidErrorBody(code, message),
  expiredKeyCode: 'api_key_expired',
  rateLimitCode: 'rate_limit_exceeded',
  rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) =>
    hesedvidRateLimitHeaders(limit, remaining, Date.now() + (retryAfterSeconds ?? 3600) * 1000),
};
