import { apivideoTestKey } from '@conduit/testing/apivideo';
import { type ConformanceJobState, jsonResponse, runProviderConformance, type UploadServer } from '@conduit/testing/conformance';
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

const MiB = 1024 * 1024;
const qualities: Record<ConformanceJobState, Array<{ quality: string; status: string }>> = {
  running: [{ quality: '720p', status: 'encoding' }],
  done: [{ quality: '720p', status: 'encoded' }],
  failed: [{ quality: '720p', status: 'failed' }],
};

/** Chunked upload: every part is a multipart POST whose Content-Range says where its bytes go. */
function createUploadServer(): UploadServer {
  const parts: Array<{ start: number; bytes: Uint8Array }> = [];
  return {
    received: () => {
      const ordered = [...parts].sort((left, right) => left.start - right.start);
      const total = ordered.reduce((sum, part) => sum + part.bytes.length, 0);
      const joined = new Uint8Array(total);
      let offset = 0;
      for (const part of ordered) {
        joined.set(part.bytes, offset);
        offset += part.bytes.length;
      }
      return joined;
    },
    respond: async (request) => {
      const range = /bytes (\d+)-(\d+)\/(\d+|\*)/.exec(request.headers.get('content-range') ?? '');
      const form = await request.formData();
      const file = form.get('file');
      if (file instanceof Blob) {
        parts.push({ start: Number(range?.[1] ?? 0), bytes: new Uint8Array(await file.arrayBuffer()) });
      }
      return jsonResponse(video, 201);
    },
  };
}

runProviderConformance({
  name: 'api.video',
  environmentVariable: 'APIVIDEO_API_KEY',
  validKey: apivideoTestKey,
  baseUrl: 'https://ws.api.video',
  createClient: (options) => createApiVideoClient(options),
  authHeader: { name: 'authorization', value: (key) => `Basic ${btoa(`${key}:`)}` },
  read: { call: (client, options) => client.videos.get(video.videoId, options), success: () => jsonResponse(video) },
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
  poll: {
    call: (client) => client.videos.waitUntilPlayable(video.videoId, { interval: 1000 }),
    isStatusRead: () => true,
    respond: (_request, state) =>
      jsonResponse({ ingest: { status: 'uploaded' }, encoding: { playable: state === 'done', qualities: qualities[state] } }),
    isDone: (value) => (value as { encoding?: { playable?: boolean } }).encoding?.playable === true,
    failure: {
      isFailed: (value) =>
        (value as { encoding?: { qualities?: Array<{ status: string }> } }).encoding?.qualities?.some(
          (quality) => quality.status === 'failed',
        ) === true,
    },
  },
  paginate: {
    pageSize: 2,
    collect: async (client) => {
      const items: unknown[] = [];
      for await (const item of client.videos.list({ pageSize: 2 })) {
        items.push(item);
      }
      return items;
    },
    page: (request, pageCount, pageSize) => {
      const currentPage = Number(new URL(request.url).searchParams.get('currentPage') ?? '1');
      const data = Array.from({ length: pageSize }, (_, index) => ({ ...video, videoId: `vi_page${currentPage}_${index}` }));
      const pagination = {
        currentPage,
        pageSize,
        pagesTotal: pageCount,
        itemsTotal: pageCount * pageSize,
        currentPageItems: pageSize,
        links: [],
      };
      return jsonResponse({ data, pagination });
    },
    idOf: (item) => (item as { videoId: string }).videoId,
  },
  upload: {
    size: 5 * MiB + 3,
    call: (client, bytes) => client.videos.upload(video.videoId, bytes, { chunkSize: 5 * MiB }),
    createServer: createUploadServer,
  },
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
