import { type ConformanceJobState, jsonResponse, runProviderConformance, type UploadServer } from '@conduit/testing/conformance';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { createHesedVidClient, type HesedVidClient } from '../src/index.js';

// The suite's fake clock starts at `fakeClockStart` (@conduit/testing); the X-RateLimit-Reset case
// is an absolute Unix time, so it has to be written against the same instant.
const suiteNowSeconds = Date.UTC(2026, 10, 25, 12, 0, 0) / 1000;

const video = {
  id: 'vid_AbCdEfGhIjKlMnOp',
  name: 'Product Demo 2024',
  createdAt: '2024-01-15T10:30:00Z',
  status: 'ready',
};

const videoId = 'pubvid_AbCdEfGhIjKlMnOp';
const processing: Record<ConformanceJobState, string> = { running: 'transcoding', done: 'ready', failed: 'failed' };
const storageUrl = 'https://storage.hesedvid.com/uploads/clip.mp4?X-Goog-Signature=abc';

/** The 2-step upload: upload-url hands out a signed URL, the PUT lands there, then start + status. */
function answerUpload(
  request: Request,
  state: ConformanceJobState,
  store: (bytes: Uint8Array<ArrayBuffer>) => void,
): Response | Promise<Response> {
  const path = new URL(request.url).pathname;
  if (request.method === 'PUT') {
    return request.arrayBuffer().then((buffer) => {
      store(new Uint8Array(buffer));
      return new Response(null, { status: 200 });
    });
  }
  if (path.endsWith('/upload-url')) {
    return jsonResponse({ body: { signedURL: storageUrl, videoID: videoId } });
  }
  if (path.endsWith('/start-processing')) {
    return jsonResponse({ body: { videoID: videoId, status: 'transcoding' } });
  }
  return jsonResponse({ body: { videoID: videoId, status: processing[state] } });
}

function createUploadServer(): UploadServer {
  let stored: Uint8Array = new Uint8Array();
  return {
    received: () => stored,
    respond: (request) =>
      answerUpload(request, 'done', (bytes) => {
        stored = bytes;
      }),
  };
}

const clip = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes], { type: 'video/mp4' });

runProviderConformance<HesedVidClient>({
  name: 'HesedVid',
  environmentVariable: 'HESEDVID_API_KEY',
  validKey: hesedvidTestKey,
  baseUrl: 'https://api.hesedvid.com/v1/api',
  createClient: (options) => createHesedVidClient({ orgId: 'org_123456789', environment: 'prod', ...options }),
  authHeader: { name: 'X-Api-Key', value: (key) => key },
  read: {
    call: (client, options) => client.videos.get('pubvid_AbCdEfGhIjKlMnOp', options),
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
  poll: {
    call: (client) => client.videos.upload(clip(new Uint8Array(16)), { fileName: 'clip.mp4', pollInterval: 1000 }),
    isStatusRead: (request) => new URL(request.url).pathname.endsWith('/status'),
    respond: (request, state) => answerUpload(request, state, () => undefined),
    isDone: (value) => (value as { status?: string }).status === 'ready',
    failure: { isFailed: (value) => (value as { status?: string }).status === 'failed' },
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
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      const videos = Array.from({ length: pageSize }, (_, index) => ({ ...video, id: `vid_page${page}_${index}` }));
      return jsonResponse({ body: { videos, pagination: { total: pageCount * pageSize, page, pageSize, totalPages: pageCount } } });
    },
    idOf: (item) => (item as { id: string }).id,
  },
  upload: {
    size: 64 * 1024 + 3,
    call: (client, bytes) => client.videos.upload(clip(bytes), { fileName: 'clip.mp4', pollInterval: 1000 }),
    createServer: createUploadServer,
  },
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
