import { apivideoTestKey } from '@conduit/testing/apivideo';
import { type ConformanceClientOptions, jsonResponse, runProviderConformance } from '@conduit/testing/conformance';
import { createApiVideoClient } from '../src/index.js';

const docs = 'https://docs.api.video/reference/';
const problem = (status: number, slug: string, title: string, extra: Record<string, unknown> = {}) => ({
  type: `${docs}${slug}`,
  title,
  status,
  ...extra,
});
const problemHeaders = { 'content-type': 'application/problem+json' };

const video = {
  videoId: 'vi4blUQJFrYWbaG44NChkH27',
  title: 'Maths video',
  public: true,
  tags: [],
  metadata: [],
};

/**
 * The suite's clock never moves, while core's limiter (rightly) blocks a bucket until the time a
 * 429's `X-RateLimit-Retry-After` names; with a frozen clock that block never ends. The factory
 * therefore lets the clock advance by every sleep (the recorded delays are unchanged).
 */
function createClient(options: ConformanceClientOptions) {
  let slept = 0;
  const baseNow = options.now;
  const baseSleep = options.sleep;
  return createApiVideoClient({
    ...options,
    now: baseNow ? () => baseNow() + slept : undefined,
    sleep: baseSleep
      ? async (ms, signal) => {
          await baseSleep(ms, signal);
          slept += ms;
        }
      : undefined,
  });
}

runProviderConformance({
  name: 'api.video',
  environmentVariable: 'APIVIDEO_API_KEY',
  validKey: apivideoTestKey,
  baseUrl: 'https://ws.api.video',
  createClient,
  authHeader: { name: 'authorization', value: (key) => `Basic ${btoa(`${key}:`)}` },
  read: { call: (client) => client.videos.get(video.videoId), success: () => jsonResponse(video) },
  create: {
    call: (client) => client.videos.create({ title: 'Maths video' }),
    callIdempotent: (client) => client.videos.create({ title: 'Maths video' }, { idempotent: true }),
    success: () => jsonResponse(video, 201),
  },
  errors: [
    {
      name: 'invalid attribute with problems[] (problem+json)',
      status: 400,
      headers: problemHeaders,
      body: problem(400, 'attribute-required', 'This attribute is required.', {
        name: 'title',
        problems: [
          { type: `${docs}attribute-required`, title: 'This attribute is required.', name: 'title' },
          { type: `${docs}invalid-attribute`, title: 'This attribute must be an array.', name: 'tags' },
        ],
      }),
      errorClass: 'BadRequestError',
      code: `${docs}attribute-required`,
    },
    {
      name: 'page size out of range with range extra (json)',
      status: 400,
      body: problem(400, 'invalid-attribute', 'An attribute is invalid.', {
        name: 'pageSize',
        detail: 'This value should be between 10 and 100.',
        range: { min: 10, max: 100 },
      }),
      errorClass: 'BadRequestError',
      code: `${docs}invalid-attribute`,
    },
    {
      name: 'webhook urls limit',
      status: 400,
      headers: problemHeaders,
      body: problem(400, 'webhook-limit-reached', 'Your account has reached the webhook urls limit.', { name: null }),
      errorClass: 'QuotaExceededError',
      code: `${docs}webhook-limit-reached`,
    },
    {
      name: 'invalid user credentials on the token exchange',
      status: 400,
      headers: problemHeaders,
      body: problem(400, 'authentication-invalid-user-credentials', 'The user credentials were incorrect.', { name: '' }),
      errorClass: 'AuthenticationError',
      code: `${docs}authentication-invalid-user-credentials`,
    },
    {
      name: 'invalid API key',
      status: 401,
      headers: problemHeaders,
      body: problem(401, 'authentication-invalid-api-key', 'The API key you sent does not exist.', { name: null }),
      errorClass: 'AuthenticationError',
      code: `${docs}authentication-invalid-api-key`,
    },
    {
      name: 'missing Authorization header',
      status: 401,
      body: problem(401, 'authentication-missing-authorization-header', 'The Authorization header is missing.'),
      errorClass: 'AuthenticationError',
      code: `${docs}authentication-missing-authorization-header`,
    },
    {
      name: 'suspended account',
      status: 403,
      headers: problemHeaders,
      body: problem(403, 'authorization-suspended-account', 'The account is suspended.', { name: null }),
      errorClass: 'PermissionDeniedError',
      code: `${docs}authorization-suspended-account`,
    },
    {
      name: 'resource not found',
      status: 404,
      headers: problemHeaders,
      body: problem(404, 'resource-not-found', 'The requested resource was not found.', { name: 'videoId' }),
      errorClass: 'NotFoundError',
      code: `${docs}resource-not-found`,
    },
    {
      name: 'unrecognized request URL',
      status: 404,
      body: problem(404, 'unrecognized-request-url', 'Unrecognized request URL.'),
      errorClass: 'NotFoundError',
      code: `${docs}unrecognized-request-url`,
    },
    {
      name: 'summary already exists',
      status: 409,
      headers: problemHeaders,
      body: problem(409, 'summary-already-exists', 'A summary already exists or is being created on this video.', {
        name: 'videoId',
        detail: 'You can delete the existing summary and generate a new one.',
      }),
      errorClass: 'ConflictError',
      code: `${docs}summary-already-exists`,
    },
    {
      name: 'too many requests',
      status: 429,
      headers: { ...problemHeaders, 'x-ratelimit-limit': '500', 'x-ratelimit-remaining': '0', 'x-ratelimit-retry-after': '30' },
      body: problem(429, 'too-many-requests', 'Too many requests.'),
      errorClass: 'RateLimitError',
      code: `${docs}too-many-requests`,
    },
    {
      name: 'server error',
      status: 500,
      body: problem(500, 'server-error', 'Server error'),
      errorClass: 'InternalServerError',
      code: `${docs}server-error`,
    },
  ],
  rateLimitHints: [
    {
      name: 'X-RateLimit-Retry-After on a 429',
      headers: { ...problemHeaders, 'x-ratelimit-limit': '500', 'x-ratelimit-remaining': '0', 'x-ratelimit-retry-after': '3' },
      body: problem(429, 'too-many-requests', 'Too many requests.'),
      expectedDelayMs: 3000,
    },
    {
      name: 'X-RateLimit-Retry-After without X-RateLimit-Remaining',
      headers: { 'x-ratelimit-retry-after': '12' },
      body: problem(429, 'too-many-requests', 'Too many requests.'),
      expectedDelayMs: 12_000,
    },
  ],
});
