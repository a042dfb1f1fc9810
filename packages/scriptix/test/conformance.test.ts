import {
  type ConformanceClientOptions,
  type ConformanceJobState,
  jsonResponse,
  type RateLimitHintCase,
  runProviderConformance,
  type UploadServer,
} from '@conduit/testing/conformance';
import { scriptixTestKey } from '@conduit/testing/scriptix';
import { createScriptixClient, type ScriptixAuthHeader, type ScriptixClient, scriptixDefaultBaseUrl } from '../src/index.js';

const sessionId = '5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b';
function factory(authHeader: ScriptixAuthHeader) {
  return (options: ConformanceClientOptions): ScriptixClient => createScriptixClient({ ...options, authHeader });
}

const shapeA = (code: string, extra: Record<string, unknown> = {}) => ({
  error: 'Unauthorized',
  message: `Key problem ${code}`,
  error_code: code,
  details: {},
  ...extra,
});
const shapeB = (status: number, message = 'Something went wrong') => ({
  error: { code: status, message, details: { field: 'language', issue: 'unsupported' } },
});

const errors = [
  {
    name: 'shape A MISSING_API_KEY',
    status: 401,
    body: shapeA('MISSING_API_KEY'),
    errorClass: 'AuthenticationError',
    code: 'MISSING_API_KEY',
  },
  {
    name: 'shape A INVALID_API_KEY',
    status: 401,
    body: shapeA('INVALID_API_KEY'),
    errorClass: 'AuthenticationError',
    code: 'INVALID_API_KEY',
  },
  {
    name: 'shape A KEY_REVOKED',
    status: 401,
    body: shapeA('KEY_REVOKED', { details: { revoked_at: '2024-03-01T12:00:00Z' } }),
    errorClass: 'AuthenticationError',
    code: 'KEY_REVOKED',
  },
  {
    name: 'shape A KEY_REVOKED on a 403',
    status: 403,
    body: shapeA('KEY_REVOKED'),
    errorClass: 'AuthenticationError',
    code: 'KEY_REVOKED',
  },
  {
    name: 'shape A RATE_LIMIT_EXCEEDED',
    status: 429,
    body: {
      error: 'Too Many Requests',
      message: 'Rate limit exceeded',
      error_code: 'RATE_LIMIT_EXCEEDED',
      details: { limit: 60 },
      retry_after: 30,
    },
    errorClass: 'RateLimitError',
    code: 'RATE_LIMIT_EXCEEDED',
  },
  { name: 'shape B bad request', status: 400, body: shapeB(400, 'Invalid request body'), errorClass: 'BadRequestError' },
  { name: 'shape B unauthorized', status: 401, body: shapeB(401, 'Unauthorized'), errorClass: 'AuthenticationError' },
  {
    name: 'shape B payment required (quota)',
    status: 402,
    body: shapeB(402, 'Insufficient credits for this job'),
    errorClass: 'QuotaExceededError',
  },
  { name: 'shape B code 402 on a 403 (quota)', status: 403, body: shapeB(402, 'Insufficient credits'), errorClass: 'QuotaExceededError' },
  {
    name: 'shape B forbidden',
    status: 403,
    body: shapeB(403, 'You do not have access to this session'),
    errorClass: 'PermissionDeniedError',
  },
  { name: 'shape B not found', status: 404, body: shapeB(404, 'Session not found'), errorClass: 'NotFoundError' },
  { name: 'shape B conflict', status: 409, body: shapeB(409, 'Upload-Offset does not match'), errorClass: 'ConflictError' },
  { name: 'shape B file too large', status: 413, body: shapeB(413, 'File exceeds the maximum size'), errorClass: 'APIError' },
  { name: 'shape B unsupported media', status: 415, body: shapeB(415, 'Unsupported media type'), errorClass: 'APIError' },
  { name: 'shape B validation', status: 422, body: shapeB(422, 'Validation failed'), errorClass: 'UnprocessableEntityError' },
  { name: 'shape B server error', status: 500, body: shapeB(500, 'Internal server error'), errorClass: 'InternalServerError' },
  { name: 'shape B unavailable', status: 503, body: shapeB(503, 'Service temporarily unavailable'), errorClass: 'InternalServerError' },
  {
    name: 'shape C rate_limit_exceeded',
    status: 429,
    body: { error: 'rate_limit_exceeded', message: 'Too many requests. Please retry after 30 seconds.' },
    errorClass: 'RateLimitError',
    code: 'rate_limit_exceeded',
  },
  { name: 'an unknown body', status: 502, body: 'Bad gateway', errorClass: 'InternalServerError' },
];

const rateLimitHints: RateLimitHintCase[] = [
  { name: 'Retry-After: 30 (seconds)', headers: { 'Retry-After': '30', 'X-RateLimit-Limit': '60' }, expectedDelayMs: 30_000 },
  {
    name: 'the shape A body retry_after: 12',
    body: { error: 'Too Many Requests', message: 'Rate limit exceeded', error_code: 'RATE_LIMIT_EXCEEDED', retry_after: 12 },
    expectedDelayMs: 12_000,
  },
];

const sessionStatus: Record<ConformanceJobState, string> = { running: 'processing', done: 'done', failed: 'failed' };
const sasUrl = 'https://scriptix.blob.core.windows.net/uploads/clip.wav?sv=2024-01-01&sig=abc';

/** The SAS flow: upload-url hands out a blob URL, the PUT lands there. */
function createUploadServer(): UploadServer {
  let stored = new Uint8Array();
  return {
    received: () => stored,
    respond: async (request) => {
      if (request.method === 'PUT') {
        stored = new Uint8Array(await request.arrayBuffer());
        return new Response(null, { status: 201 });
      }
      return jsonResponse({ result: { upload_url: sasUrl, max_file_size: 10_000_000 } });
    },
  };
}

for (const authHeader of ['authorization', 'x-zoom-s2t-key'] as const) {
  runProviderConformance<ScriptixClient>({
    name: authHeader === 'authorization' ? 'Scriptix' : 'Scriptix (x-zoom-s2t-key)',
    environmentVariable: 'SCRIPTIX_API_KEY',
    validKey: scriptixTestKey,
    baseUrl: scriptixDefaultBaseUrl,
    createClient: factory(authHeader),
    authHeader:
      authHeader === 'authorization'
        ? { name: 'authorization', value: (key) => `Bearer ${key}` }
        : { name: 'x-zoom-s2t-key', value: (key) => key },
    read: {
      call: (client, options) => client.sessions.get(sessionId, options),
      success: () => jsonResponse({ result: { session_id: sessionId, status: 'processing' }, count: 1, total_results: 1 }),
    },
    create: {
      call: (client) => client.sessions.create({ language: 'en' }),
      callIdempotent: (client) => client.sessions.create({ language: 'en' }, { idempotent: true }),
      success: () => jsonResponse({ result: { session_id: sessionId, status: 'queued' } }, 201),
    },
    errors,
    rateLimitHints,
    poll: {
      call: (client) => client.sessions.waitUntilDone(sessionId, { interval: 1000 }),
      isStatusRead: () => true,
      respond: (_request, state) =>
        jsonResponse({
          result: { session_id: sessionId, status: sessionStatus[state], ...(state === 'failed' ? { error: 'decoding failed' } : {}) },
        }),
      isDone: (value) => (value as { status?: string }).status === 'done',
      failure: { errorClass: 'TranscriptionFailedError' },
    },
    paginate: {
      pageSize: 2,
      collect: async (client) => {
        const items: unknown[] = [];
        for await (const item of client.sessions.list({ limit: 2 })) {
          items.push(item);
        }
        return items;
      },
      page: (request, pageCount, pageSize) => {
        const offset = Number(new URL(request.url).searchParams.get('offset') ?? '0');
        const result = Array.from({ length: pageSize }, (_, index) => ({ session_id: `session_${offset + index}`, status: 'done' }));
        return jsonResponse({ result, count: result.length, total_results: pageCount * pageSize });
      },
      idOf: (item) => (item as { session_id: string }).session_id,
    },
    upload: {
      size: 64 * 1024 + 3,
      call: (client, bytes) => client.sessions.upload(sessionId, new Blob([bytes], { type: 'audio/wav' })),
      createServer: createUploadServer,
    },
  });
}
