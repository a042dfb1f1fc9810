import { jsonResponse, runProviderConformance, type UploadServer } from '@conduit/testing/conformance';
import { viddyscribeBaseUrl, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { createViddyScribeClient, type ViddyScribeClient } from '../src/index.js';

const mediaId = '550e8400-e29b-41d4-a716-446655440000';

const jobId = 'task_abc123xyz';
const jobAnswer = { running: 'processing', done: 'completed', failed: 'failed' } as const;
const storageUrl = 'https://storage.googleapis.com/viddyscribe/users%2Fconformance%2Fclip.mp4?X-Goog-Signature=abc';

/** The signed-URL flow: upload_media hands out a storage URL, the PUT lands there, notify, then status reads. */
function createUploadServer(): UploadServer {
  let stored = new Uint8Array();
  return {
    received: () => stored,
    respond: async (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'PUT') {
        stored = new Uint8Array(await request.arrayBuffer());
        return new Response(null, { status: 200 });
      }
      if (path.endsWith('/upload_media')) {
        return jsonResponse({
          media_id: mediaId,
          upload_url: storageUrl,
          gcs_path: 'users/conformance/clip.mp4',
          content_type: 'video/mp4',
        });
      }
      if (path.endsWith('/notify_upload_complete')) {
        return jsonResponse({ media_id: mediaId, upload_status: 'processing' });
      }
      return jsonResponse({ media_id: mediaId, upload_status: 'completed' });
    },
  };
}

const retryDate = new Date(Date.UTC(2026, 10, 25, 12, 0, 30)).toUTCString();

runProviderConformance<ViddyScribeClient>({
  name: 'ViddyScribe',
  environmentVariable: 'VIDDYSCRIBE_API_KEY',
  validKey: viddyscribeTestKey,
  baseUrl: viddyscribeBaseUrl,
  createClient: (options) => createViddyScribeClient(options),
  authHeader: { name: 'x-api-key', value: (key) => key },
  read: {
    call: (client, options) => client.jobs.get('task_abc123xyz', options),
    success: () => jsonResponse({ job_id: 'task_abc123xyz', status: 'queued', media_id: mediaId }),
  },
  create: {
    call: (client) => client.generateText(mediaId, { format: 'vtt' }),
    callIdempotent: (client) => client.generateText(mediaId, { format: 'vtt' }, { idempotent: true }),
    success: () => jsonResponse({ job_id: 'task_abc123xyz', status: 'queued', media_id: mediaId }),
  },
  errors: [
    {
      name: 'invalid parameters',
      status: 400,
      body: { error: 'invalid_request', message: 'input.type must be one of: media_id, url, file' },
      errorClass: 'BadRequestError',
      code: 'invalid_request',
    },
    {
      name: 'unauthorized',
      status: 401,
      body: { error: 'unauthorized', message: 'Invalid or missing API key' },
      errorClass: 'AuthenticationError',
      code: 'unauthorized',
    },
    {
      name: 'feature_not_available',
      status: 403,
      body: {
        error: 'feature_not_available',
        message: 'Not on your plan.',
        feature: 'allow_custom_instructions',
        plan_name: 'Starter',
        upgrade_url: '/billing/upgrade',
      },
      errorClass: 'PermissionDeniedError',
      code: 'feature_not_available',
    },
    {
      name: 'video_too_long',
      status: 403,
      body: { error: 'video_too_long', message: 'Too long.' },
      errorClass: 'PermissionDeniedError',
      code: 'video_too_long',
    },
    {
      name: 'file_too_large',
      status: 403,
      body: { error: 'file_too_large', message: 'Too large.' },
      errorClass: 'PermissionDeniedError',
      code: 'file_too_large',
    },
    {
      name: 'limit_reached (older docs)',
      status: 403,
      body: { error: 'limit_reached', message: 'Monthly processing limit reached.' },
      errorClass: 'QuotaExceededError',
      code: 'limit_reached',
    },
    {
      name: 'not found',
      status: 404,
      body: { error: 'not_found', message: 'Job task_abc123xyz not found' },
      errorClass: 'NotFoundError',
      code: 'not_found',
    },
    {
      name: 'upload_not_ready (upload-state shape)',
      status: 409,
      body: { error: 'Upload is still being processed.', code: 'upload_not_ready', upload_status: 'processing' },
      errorClass: 'ConflictError',
      code: 'upload_not_ready',
    },
    {
      name: 'upload_failed',
      status: 409,
      body: { error: 'upload_failed', message: 'Re-upload the media.' },
      errorClass: 'ConflictError',
      code: 'upload_failed',
    },
    {
      name: 'no_video_stream',
      status: 415,
      body: { error: 'no_video_stream', message: 'Not a video.' },
      errorClass: 'APIError',
      code: 'no_video_stream',
    },
    {
      name: 'rate_limit_exceeded',
      status: 429,
      body: { error: 'rate_limit_exceeded', message: 'Slow down.' },
      errorClass: 'RateLimitError',
      code: 'rate_limit_exceeded',
    },
    {
      name: 'concurrency_limit_exceeded',
      status: 429,
      body: { error: 'concurrency_limit_exceeded', message: 'Too many.' },
      errorClass: 'RateLimitError',
      code: 'concurrency_limit_exceeded',
    },
    {
      name: 'queue_limit_exceeded',
      status: 429,
      body: { error: 'queue_limit_exceeded', message: 'Queue full.' },
      errorClass: 'RateLimitError',
      code: 'queue_limit_exceeded',
    },
    {
      name: 'plan_limit_exceeded',
      status: 429,
      body: { error: 'plan_limit_exceeded', message: 'No credits remain.' },
      errorClass: 'QuotaExceededError',
      code: 'plan_limit_exceeded',
    },
    {
      name: 'internal error',
      status: 500,
      body: { error: 'internal_error', message: 'An unexpected error occurred.' },
      errorClass: 'InternalServerError',
      code: 'internal_error',
    },
    { name: 'a non-JSON 502', status: 502, body: '<html>Bad gateway</html>', errorClass: 'InternalServerError' },
  ],
  poll: {
    call: (client) => client.jobs.wait(jobId, { interval: 1000 }),
    isStatusRead: (request) => new URL(request.url).pathname.endsWith('/get_results'),
    respond: (_request, state) =>
      jsonResponse({
        job_id: jobId,
        status: jobAnswer[state],
        ...(state === 'failed' ? { error: 'Render failed', error_code: 'render_failed' } : {}),
      }),
    isDone: (value) => (value as { status?: string }).status === 'completed',
    failure: { errorClass: 'ViddyScribeJobFailedError' },
  },
  upload: {
    size: 64 * 1024 + 3,
    call: (client, bytes) =>
      client.media.upload(new Blob([bytes], { type: 'video/mp4' }), { filename: 'clip.mp4', strategy: 'signed-url' }),
    createServer: createUploadServer,
  },
  skip: [{ reason: 'the ViddyScribe API has no paginated list', tests: ['iterates every item across pages'] }],
  rateLimitHints: [
    {
      name: 'Retry-After seconds on rate_limit_exceeded',
      headers: { 'retry-after': '3' },
      body: { error: 'rate_limit_exceeded', message: 'Slow down.' },
      expectedDelayMs: 3000,
    },
    {
      name: 'Retry-After seconds on concurrency_limit_exceeded',
      headers: { 'retry-after': '2' },
      body: { error: 'concurrency_limit_exceeded', message: 'Busy.' },
      expectedDelayMs: 2000,
    },
    {
      name: 'Retry-After seconds on queue_limit_exceeded',
      headers: { 'retry-after': '30' },
      body: { error: 'queue_limit_exceeded', message: 'Queue full.' },
      expectedDelayMs: 30_000,
    },
    {
      name: 'Retry-After as an HTTP date',
      headers: { 'retry-after': retryDate },
      body: { error: 'rate_limit_exceeded', message: 'Slow down.' },
      expectedDelayMs: 30_000,
    },
  ],
});
