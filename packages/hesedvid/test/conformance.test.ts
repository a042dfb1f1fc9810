import { type ConformanceClientOptions, jsonResponse, runProviderConformance } from '@conduit/testing/conformance';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { createHesedVidClient, type HesedVidClient } from '../src/index.js';

// The suite's fixed clock (`fixedNow` in run-provider-conformance.ts); the X-RateLimit-Reset case
// is an absolute Unix time, so it has to be written against the same instant.
const suiteNowSeconds = Date.UTC(2026, 10, 25, 12, 0, 0) / 1000;

/**
 * The suite's clock stands still while its `sleep` returns at once, so core's limiter, which
 * remembers a server block (`Retry-After`) until that instant, would see it as never over and sleep
 * a second time. Here a sleep moves the clock forward by what was slept, as real time would.
 */
function withAdvancingClock(options: ConformanceClientOptions): ConformanceClientOptions {
  const { now, sleep } = options;
  if (!now || !sleep) {
    return options;
  }
  let slept = 0;
  return {
    ...options,
    now: () => now() + slept,
    sleep: async (ms, signal) => {
      slept += ms;
      await sleep(ms, signal);
    },
  };
}

const video = {
  id: 'vid_AbCdEfGhIjKlMnOp',
  name: 'Product Demo 2024',
  createdAt: '2024-01-15T10:30:00Z',
  status: 'ready',
};

runProviderConformance<HesedVidClient>({
  name: 'HesedVid',
  environmentVariable: 'HESEDVID_API_KEY',
  validKey: hesedvidTestKey,
  baseUrl: 'https://api.hesedvid.com/v1/api',
  createClient: (options) => createHesedVidClient({ orgId: 'org_123456789', environment: 'prod', ...withAdvancingClock(options) }),
  authHeader: { name: 'X-Api-Key', value: (key) => key },
  read: {
    call: (client) => client.videos.get('pubvid_AbCdEfGhIjKlMnOp'),
    success: () => jsonResponse({ body: video }),
  },
  create: {
    call: (client) => client.videos.startProcessing('pubvid_AbCdEfGhIjKlMnOp'),
    callIdempotent: (client) => client.videos.startProcessing('pubvid_AbCdEfGhIjKlMnOp', { idempotent: true }),
    success: () => jsonResponse({ body: { videoID: 'pubvid_AbCdEfGhIjKlMnOp', status: 'transcoding' } }),
  },
  // HesedVid documents the statuses (401 missing/invalid key, 403 wrong environment, 429) but no
  // error body: every shape the tolerant parser reads is covered, plus bodies it must leave to the status.
  errors: [
    {
      name: 'a flat validation error',
      status: 400,
      body: { error: 'invalid_request', message: 'fileSize is required' },
      errorClass: 'BadRequestError',
      code: 'invalid_request',
    },
    {
      name: 'a missing or invalid key',
      status: 401,
      body: { error: 'unauthorized', message: 'Invalid or missing API key' },
      errorClass: 'AuthenticationError',
      code: 'unauthorized',
    },
    {
      name: 'an expired key',
      status: 401,
      body: { error: 'api_key_expired', message: 'The API key has expired' },
      errorClass: 'AuthenticationError',
      code: 'api_key_expired',
    },
    {
      name: 'a revoked key in the { body } envelope',
      status: 401,
      body: { body: { error: 'api_key_revoked', message: 'Revoked' } },
      errorClass: 'AuthenticationError',
      code: 'api_key_revoked',
    },
    { name: 'an undocumented 401 body', status: 401, body: { detail: 'nope' }, errorClass: 'AuthenticationError' },
    {
      name: 'a key for another environment (nested error)',
      status: 403,
      body: { error: { code: 'forbidden', message: 'Use the correct environment key' } },
      errorClass: 'PermissionDeniedError',
      code: 'forbidden',
    },
    {
      name: 'a quota code on a 403',
      status: 403,
      body: { error: 'quota_exceeded', message: 'Plan limit reached' },
      errorClass: 'QuotaExceededError',
      code: 'quota_exceeded',
    },
    {
      name: 'an unknown video',
      status: 404,
      body: { error: 'video_not_found', message: 'No such video' },
      errorClass: 'NotFoundError',
      code: 'video_not_found',
    },
    {
      name: 'a conflict with prose in `error`',
      status: 409,
      body: { error: 'The upload is not finished', code: 'upload_not_ready' },
      errorClass: 'ConflictError',
      code: 'upload_not_ready',
    },
    { name: 'an unprocessable file', status: 422, body: { message: 'No video stream' }, errorClass: 'UnprocessableEntityError' },
    {
      name: 'a spent rate limit',
      status: 429,
      body: { error: 'rate_limit_exceeded', message: 'Too many requests' },
      errorClass: 'RateLimitError',
      code: 'rate_limit_exceeded',
    },
    {
      name: 'a quota code on a 429',
      status: 429,
      body: { error: 'plan_limit_exceeded', message: 'Credits exhausted' },
      errorClass: 'QuotaExceededError',
      code: 'plan_limit_exceeded',
    },
    { name: 'a server error with a text body', status: 500, body: 'Internal Server Error', errorClass: 'InternalServerError' },
    { name: 'an unavailable service', status: 503, body: {}, errorClass: 'InternalServerError' },
  ],
  rateLimitHints: [
    {
      name: 'X-RateLimit-Reset (Unix seconds, the documented hint)',
      headers: { 'X-RateLimit-Limit': '1000', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(suiteNowSeconds + 30) },
      body: { error: 'rate_limit_exceeded', message: 'Too many requests' },
      expectedDelayMs: 30_000,
    },
    { name: 'Retry-After (seconds)', headers: { 'Retry-After': '12' }, expectedDelayMs: 12_000 },
    {
      name: 'Retry-After over X-RateLimit-Reset when both are sent',
      headers: { 'Retry-After': '7', 'X-RateLimit-Reset': String(suiteNowSeconds + 30) },
      expectedDelayMs: 7000,
    },
  ],
});
