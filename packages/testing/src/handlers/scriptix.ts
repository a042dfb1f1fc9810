import { type components, scriptixOperations as operations } from '@conduit/specs/scriptix';
import { scriptixDocument as document } from '@conduit/specs/scriptix/document';
import { HttpResponse } from 'msw';
import {
  createMockKernel,
  exampleResponder,
  type MockRequest,
  type MockRouteHandler,
  type MockRouteInput,
} from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows, type WindowCount, type WindowReading, xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import { type RecordHandler, recordRoute, resourceRoutes } from '../kernel/resource-routes.js';
import { specExample } from '../kernel/spec-example.js';
import { describeViolations, type SpecViolation } from '../kernel/spec-violation.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios, type Scenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { createSignedStorage, type SignedStorage, type StoredObject } from '../storage/signed-storage.js';

type Schemas = components['schemas'];

/** Where the mock answers: the client's default base URL. */
export const scriptixBaseUrl = 'https://api.scriptix.io/api/v3';
/** The v4 base URL (realtime control) the mock also answers on. */
export const scriptixBaseUrlV4 = 'https://api.scriptix.io/api/v4';
/** A key in the documented format (Scriptix documents no prefix; examples show `token_…`). */
export const scriptixTestKey = 'token_abc123def456ghi789jkl012mno345pq';

/** One session in the mock, with its owner (results are readable only with the creating token). */
export interface MockScriptixSession {
  /** The session as the API returns it. */ record: Schemas['Session'];
  /** The key (secret) that created the session; only it may read the results. */ owner: string;
  /** Kind of document the session produces. */ documentType: Schemas['DocumentType'];
  /** The uploaded media (bytes, content type), once it arrived. */ media: StoredObject | undefined;
  /** Polls answered since the media arrived. */ polls: number;
}

/** One TUS upload assembled in memory. */
export interface MockScriptixTusUpload {
  /** TUS upload id. */ fileId: string;
  /** Session the upload belongs to. */ sessionId: string;
  /** The key (secret) that created the upload. */ owner: string;
  /** Declared total size in bytes (`Upload-Length`). */ length: number;
  /** Bytes received so far (`Upload-Offset`). */ offset: number;
  /** Bytes received, in order. */ pieces: Uint8Array[];
  /** Decoded `Upload-Metadata` pairs. */ metadata: Record<string, string>;
}

/** One document, attached to a session. */
export interface MockScriptixDocument {
  /** Session the document is attached to. */ sessionId: string;
  /** The key (secret) that created the document; only it may read it. */ owner: string;
  /** The document as the API returns it. */ record: Schemas['Document'];
}

/** The whole in-memory state of one Scriptix mock. */
export interface ScriptixMockState {
  /** Sessions by id. */ sessions: Map<string, MockScriptixSession>;
  /** TUS uploads by file id. */ uploads: Map<string, MockScriptixTusUpload>;
  /** Documents by id. */ documents: Map<string, MockScriptixDocument>;
  /** API tokens created through `createToken`, by id. */ tokens: Map<string, Schemas['CreatedToken']>;
  /** Keys revoked through `deleteToken` (answered 401 `KEY_REVOKED`). */ revokedKeys: Set<string>;
  /** Polls after the media arrived until a session is `done` (the first ones answer `processing`). */ pollsUntilDone: number;
  /** Each entry makes one TUS PATCH keep only that many bytes and then drop the connection. */ tusInterruptions: number[];
  /** What `initializeRealtime` answers as `endpoint` (point it at a local WebSocket server in tests). */ realtimeEndpoint: string;
  /** The rate limit per key; 429 beyond it. */ rateLimit: {
    /** Requests allowed per window. */ limit: number;
    /** Window length in milliseconds. */ windowMs: number;
  };
  /** Rate-limit windows per key. */ windows: Map<string, WindowCount>;
  /** The last numeric id issued. */ nextId: number;
}

function createScriptixState(): ScriptixMockState {
  const maps = { sessions: new Map(), uploads: new Map(), documents: new Map(), tokens: new Map(), windows: new Map() };
  const rest = { revokedKeys: new Set<string>(), pollsUntilDone: 2, tusInterruptions: [], nextId: 1000 };
  return { ...maps, ...rest, realtimeEndpoint: 'wss://realtime.scriptix.io/v2/realtime', rateLimit: { limit: 1000, windowMs: 60_000 } };
}

type Details = Record<string, unknown>;
const reasons: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' };

/** The documented error body for a status: shape A for key and rate-limit codes, shape B otherwise. */
export function scriptixErrorBody(status: number, code: string, message: string, details?: Details): Schemas['ScriptixError'] {
  if (/^[A-Z_]+$/.test(code) && (status === 401 || status === 403 || status === 429)) {
    return { error: reasons[status] ?? 'Error', message, error_code: code, details: details ?? {} };
  }
  return { error: { code: status, message, ...(details ? { details } : {}) } };
}

/** `X-RateLimit-*` headers (page B of the rate-limit docs) and `Retry-After` when given. */
export function scriptixRateLimitHeaders(reading: {
  limit: number;
  remaining: number;
  retryAfterSeconds?: number | undefined;
  resetAt?: number;
}): Record<string, string> {
  const { limit, remaining, retryAfterSeconds, resetAt = Date.now() + (retryAfterSeconds ?? 60) * 1000 } = reading;
  return xRateLimitHeaders(limit, remaining, resetAt, retryAfterSeconds);
}

const fail = (status: number, message: string, details?: Details, code = `http_${status}`) =>
  HttpResponse.json(scriptixErrorBody(status, code, message, details) as Details, { status });
const json = (body: unknown, status = 200) => HttpResponse.json(body as Details, { status });
const bare = (status: number, headers: Record<string, string> = {}) => new HttpResponse(null, { status, headers });
const example = <T>(operationId: keyof typeof operations) => specExample(document, operations[operationId]).body as T;
const iso = () => new Date().toISOString();
const tus = { 'Tus-Resumable': '1.0.0' };
type Paths = Record<string, { get: { responses: Record<string, { content: Record<string, { example: string }> }> } }>;
/** The spec's `text/vtt` example of getDocument: what every export but `json` and `media` answers. */
const exportExample = (document.paths as Paths)[operations.getDocument.path]?.get.responses['200']?.content['text/vtt']?.example;

/** The storage key a session's SAS upload lands under. */
export const sasObjectKey = (sessionId: string) => `sessions/${sessionId}/media`;

const decode = (value: string) => new TextDecoder().decode(Uint8Array.from(atob(value), (character) => character.charCodeAt(0)));
/** Decodes `key base64,key base64` TUS metadata; `undefined` when malformed. */
export function decodeTusMetadata(header: string): Record<string, string> | undefined {
  const pairs = header.split(',').map((pair) => pair.trim().split(' '));
  if (pairs.some(([key, value = '', extra]) => !key || extra !== undefined || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))) {
    return undefined;
  }
  return Object.fromEntries(pairs.map(([key, value = '']) => [key, decode(value)]));
}

const concat = (pieces: Uint8Array[]) => Uint8Array.from(pieces.flatMap((piece) => [...piece]));
/** The bytes a TUS upload has received so far (tests compare them with the source). */
export const assembledTusUpload = (state: ScriptixMockState, fileId: string): Uint8Array | undefined =>
  state.uploads.has(fileId) ? concat(state.uploads.get(fileId)?.pieces ?? []) : undefined;

/** A v3 list envelope for the page of `items` that `offset`/`limit` (range-checked by the kernel) select. */
function page<T, R>(items: T[], query: URLSearchParams, map: (item: T) => R) {
  const offset = Number(query.get('offset') ?? '0');
  const result = items.slice(offset, offset + Number(query.get('limit') ?? '25')).map(map);
  return json({ result, count: result.length, total_results: items.length });
}

/** A route on the caller's record `{key}` of `store`; `refuse` answers for one it does not hold or may not see (without a body on HEAD). */
function owned<T extends { owner: string }>(
  store: Map<string, T>,
  key: string,
  refuse: (found?: T) => Response,
  handler: RecordHandler<T>,
) {
  const refusal = (input: MockRouteInput, found: T | undefined) => {
    const answer = refuse(found);
    return input.request.method === 'HEAD' ? bare(answer.status) : answer;
  };
  return recordRoute(store, key, handler, refusal, (found, input) => found.owner === input.credential);
}

/** The stateful operations; every other one answers its spec example. */
function createScriptixRoutes(state: ScriptixMockState, storage: SignedStorage): Record<string, MockRouteHandler> {
  const newSession = (owner: string, language: string, filename: string | null = null, type?: Schemas['DocumentType'], more = {}) => {
    const id = ++state.nextId;
    const record = example<{ result: Schemas['Session'] }>('getSession').result;
    Object.assign(record, {
      id,
      session_id: `${id.toString(16).padStart(8, '0')}5f2b8c1e9a7d4e3f8b6a0c1d`,
      status: 'queued',
      language,
      filename,
    });
    Object.assign(record, { media_type: null, document: null, created_at: iso(), started_at: null, ...more });
    const session: MockScriptixSession = { record, owner, documentType: type ?? 'document', media: undefined, polls: 0 };
    state.sessions.set(record.session_id, session);
    return session;
  };
  /** One status poll: picks up a SAS upload from storage, then moves queued → processing → done (or failed). */
  const poll = (session: MockScriptixSession) => {
    const { record } = session;
    session.media ??= storage.get(sasObjectKey(record.session_id));
    if (!session.media || record.status === 'done' || record.status === 'failed') {
      return session;
    }
    const media_type = session.media.contentType?.startsWith('video/') ? 'video' : 'audio';
    Object.assign(record, { status: 'processing', started_at: record.started_at ?? iso(), media_type });
    // Media starting with "FAIL" fails to decode, so tests can drive the failure path.
    const failed = new TextDecoder().decode(session.media.bytes.subarray(0, 4)) === 'FAIL';
    if (++session.polls < state.pollsUntilDone) {
      return session;
    }
    Object.assign(record, { finished_at: iso(), status: failed ? 'failed' : 'done', error: failed ? 'Media could not be decoded' : null });
    if (failed) {
      return session;
    }
    const id = ++state.nextId;
    const type = session.documentType;
    const filename = (record.filename ?? 'transcript').replace(/\.[^.]+$/, '');
    Object.assign(record, {
      duration: example<Schemas['SessionResult']>('getSessionResult').duration,
      document: { id, name: filename, type },
    });
    const done = { language: record.language, created: record.finished_at, last_modified: record.finished_at };
    const documentRecord = { ...example<{ result: Schemas['Document'] }>('getDocumentResource').result, id, filename, type, ...done };
    state.documents.set(String(id), { sessionId: record.session_id, owner: session.owner, record: documentRecord });
    return session;
  };
  const session = (handler: RecordHandler<MockScriptixSession>) =>
    owned(state.sessions, 'sessionId', (found) => (found ? fail(403, 'Not your session') : fail(404, 'Session not found')), handler);
  const upload = (handler: RecordHandler<MockScriptixTusUpload>) =>
    owned(state.uploads, 'fileId', () => fail(404, 'Upload not found'), handler);
  /** The document if the caller owns it (and it belongs to `{sessionId}` when the path has one). */
  const mine = (found: MockScriptixDocument | undefined, { credential, params }: MockRouteInput) =>
    found && found.owner === credential && (params.sessionId ?? found.sessionId) === found.sessionId ? found : undefined;
  const noDocument = ({ params, credential }: MockRouteInput) =>
    (state.documents.get(params.documentId ?? '')?.owner ?? credential) === credential
      ? fail(404, 'Document not found')
      : fail(403, 'Not yours');
  const documents = resourceRoutes<MockScriptixDocument>({
    store: state.documents,
    param: 'documentId',
    operations: { list: 'listDocuments', get: 'getDocumentResource', update: 'patchDocumentResource', remove: 'deleteDocument' },
    id: (found) => String(found.record.id),
    visible: (found, input) => mine(found, input) !== undefined,
    update: (found, { body }) => {
      const { plain_document_changed: _, ...fields } = body as Details;
      Object.assign(found.record, fields, { last_modified: iso() });
      return found;
    },
    page: (items, { query }) => page(items, query, (found) => found.record),
    send: (found, { operation }) =>
      operation.method === 'DELETE' ? bare(204) : json({ result: found.record }, operation.successStatuses[0]),
    missing: noDocument,
  });

  return {
    createSession: ({ body, credential = '' }) => {
      const { language, session_mode = 'decode', document: about, media_source } = body as Schemas['CreateSessionRequest'];
      const media_url = media_source ?? null;
      const created = newSession(credential, language, about?.filename, about?.document_type, { session_mode, media_url });
      if (media_url) {
        created.media = { bytes: new TextEncoder().encode(`media from ${media_url}`), contentType: 'audio/mpeg' };
      }
      return json({ result: { session_id: created.record.session_id, status: 'queued' } }, 201);
    },
    listSessions: ({ credential, query }) => {
      const sessions = [...state.sessions.values()].filter((found) => found.owner === credential);
      return page(sessions, query, (found) => found.record);
    },
    getSession: session((found) => json({ result: poll(found).record, count: 1, total_results: 1 })),
    deleteSession: session((found) => bare(state.sessions.delete(found.record.session_id) ? 204 : 404)),
    getUploadUrl: session(({ record: { session_id } }) => {
      const expiresAt = Date.now() + 24 * 3600_000;
      const upload_url = storage.sign(sasObjectKey(session_id), { expiresAt, requiredHeaders: { 'x-ms-blob-type': 'BlockBlob' } });
      const { result } = example<{ result: Schemas['UploadUrl'] }>('getUploadUrl');
      return json({ result: { ...result, upload_url, expires_at: new Date(expiresAt).toISOString(), session_id } });
    }),
    getSessionResult: session(({ record }) => {
      const { session_id, filename, media_type, media_url, duration, status } = record;
      const answer = { ...example<object>('getSessionResult'), session_id, filename, media_type, media_url, duration };
      return status === 'done' ? json(answer) : fail(422, 'The session has no result yet', { field: 'status', issue: status });
    }),
    createTusUpload: ({ request, credential = '' }) => {
      const metadata = decodeTusMetadata(request.headers.get('upload-metadata') ?? '');
      const type = metadata?.document_type;
      if (!metadata?.language || (type !== 'document' && type !== 'caption')) {
        return fail(400, 'Invalid request body', { field: 'Upload-Metadata', issue: 'key base64 pairs with language and document_type' });
      }
      const { session_id: sessionId } = newSession(credential, metadata.language, metadata.filename, type).record;
      const fileId = `${sessionId.slice(0, 8)}tus`;
      const length = Number(request.headers.get('upload-length'));
      state.uploads.set(fileId, { fileId, sessionId, owner: credential, length, offset: 0, pieces: [], metadata });
      return bare(201, { Location: `${scriptixBaseUrl}/files/${fileId}`, ...tus });
    },
    getTusUploadOffset: upload(({ offset, length }) =>
      bare(200, { 'Upload-Offset': String(offset), 'Upload-Length': String(length), 'Cache-Control': 'no-store', ...tus }),
    ),
    uploadTusChunk: upload(async (found, { request }) => {
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (Number(request.headers.get('upload-offset')) !== found.offset || found.offset + bytes.length > found.length) {
        return fail(409, `Upload-Offset must be ${found.offset}, and the chunk end within Upload-Length ${found.length}`);
      }
      const interruption = state.tusInterruptions.shift();
      const kept = bytes.slice(0, interruption ?? bytes.length);
      found.pieces.push(kept);
      found.offset += kept.length;
      const owner = state.sessions.get(found.sessionId);
      if (owner && found.offset === found.length) {
        owner.media = { bytes: concat(found.pieces), contentType: found.metadata.filetype };
      }
      return interruption === undefined ? bare(204, { 'Upload-Offset': String(found.offset), ...tus }) : HttpResponse.error();
    }),
    getFile: upload(({ sessionId, metadata }) => json({ result: { session_id: sessionId, metadata } })),
    ...documents,
    updateDocument: session((_found, input) => (documents.patchDocumentResource as MockRouteHandler)(input)),
    getDocument: session((_found, input) => {
      const format = input.query.get('format') ?? 'json';
      const stored = mine(state.documents.get(input.params.documentId ?? ''), input);
      if (!stored || input.query.get('direct_download') === 'true') {
        return stored ? json(example('exportDocumentResource')) : noDocument(input);
      }
      if (format === 'json') {
        return json({ result: stored.record, count: 1, total_results: 1 });
      }
      const disposition = `attachment; filename="${stored.record.filename}.${format}"`;
      return new HttpResponse(exportExample, { headers: { 'Content-Type': 'text/vtt', 'Content-Disposition': disposition } });
    }),
    ...resourceRoutes<Schemas['CreatedToken']>({
      store: state.tokens,
      param: 'tokenId',
      operations: { create: 'createToken', list: 'listTokens', remove: 'deleteToken' },
      id: (token) => String(token.id),
      create: ({ body }) => {
        const { name, type } = body as Schemas['CreatedToken'];
        return { id: ++state.nextId, name, type, created_at: iso(), key: `token_${type}${Math.random().toString(36).slice(2, 14)}` };
      },
      page: (tokens, { query }) => page(tokens, query, ({ key: _key, ...token }) => token),
      send: (token, { operation }) => {
        if (operation.method === 'DELETE') {
          state.revokedKeys.add(token.key);
          return bare(204);
        }
        return json({ result: token }, 201);
      },
      missing: () => fail(404, 'Token not found'),
    }),
    initializeRealtime: () => json({ ...example<object>('initializeRealtime'), endpoint: state.realtimeEndpoint }),
  };
}

/** How the generic scenarios answer like Scriptix: its error shapes, codes and `X-RateLimit-*` headers. */
export const scriptixProfile: ProviderProfile = {
  id: 'scriptix',
  baseUrl: scriptixBaseUrl,
  errorBody: (status, code, message) => scriptixErrorBody(status, code, message),
  expiredKeyCode: 'INVALID_API_KEY',
  rateLimitCode: 'RATE_LIMIT_EXCEEDED',
  rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) => scriptixRateLimitHeaders({ limit, remaining, retryAfterSeconds }),
};

/** Failure scenarios in Scriptix's style (`rateLimited()`, `outage()`, `expiredKey()`, ...). */
export const scriptixScenarios: Scenarios = createScenarios(scriptixProfile);

/**
 * Checks `Authorization: Bearer <key>` or `x-zoom-s2t-key: <key>` (the spec's two schemes): any non-empty key without whitespace, except
 * one containing `expired`/`revoked` or revoked by `deleteToken`. The key, or the documented 401 (`MISSING_API_KEY`, `INVALID_API_KEY`, `KEY_REVOKED`).
 */
function authenticate(request: Request, state: ScriptixMockState): string | Response {
  const zoomKey = request.headers.get('x-zoom-s2t-key');
  const authorization = request.headers.get('authorization');
  const key = zoomKey?.trim() || (authorization === null ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1]);
  if (!key || /\s/.test(key)) {
    const sent = Boolean(authorization) || zoomKey !== null;
    return fail(401, sent ? 'The provided API key is invalid' : 'No API key provided', {}, sent ? 'INVALID_API_KEY' : 'MISSING_API_KEY');
  }
  if (key.includes('revoked') || state.revokedKeys.has(key)) {
    return fail(401, 'This API key has been revoked', { revoked_at: '2024-03-01T12:00:00Z' }, 'KEY_REVOKED');
  }
  return key.includes('expired') ? fail(401, 'The API key has expired', {}, 'INVALID_API_KEY') : key;
}

/** Scriptix's 429: `Retry-After`, `X-RateLimit-*` and `retry_after` in the body. */
function rateLimited(window: WindowReading, now: number): Response {
  const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  const details = { limit: window.limit, window: `${Math.round((window.resetAt - now) / 1000)}s` };
  const body = { ...scriptixErrorBody(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', details), retry_after: retryAfter };
  const headers = scriptixRateLimitHeaders({ limit: window.limit, remaining: 0, retryAfterSeconds: retryAfter, resetAt: window.resetAt });
  return HttpResponse.json(body, { status: 429, headers });
}

/** A request that breaks the spec: TUS's `412` (with `Tus-Version`) for a missing or wrong `Tus-Resumable`, else the documented 400 naming the field. */
function invalidRequest(violations: readonly SpecViolation[]): Response {
  if (violations.some((violation) => violation.location === 'header' && violation.name?.toLowerCase() === 'tus-resumable')) {
    return bare(412, { 'Tus-Version': '1.0.0' });
  }
  const first = violations[0] as SpecViolation;
  return fail(400, describeViolations(violations), { field: first.name ?? first.location, issue: first.message }, 'invalid_request');
}

/** A Scriptix mock: handlers for all 34 operations plus the SAS blob storage, sharing one in-memory state. */
export interface ScriptixMock extends ProviderMock {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: ScriptixMockState;
  /** The Azure-SAS stand-in that receives `sessions.upload` PUTs. */
  readonly storage: SignedStorage;
}

/**
 * Creates a fresh stateful Scriptix mock: sessions move queued → processing → done over polls once their media arrived (SAS PUT
 * with `x-ms-blob-type: BlockBlob`, TUS, or `media_source`), TUS uploads are assembled in memory, documents are kept per key,
 * deleting a token revokes its key, and every request is authenticated (either header) and rate-limited with `X-RateLimit-*`.
 * Every other answer (login, account, custom models, reseller, webhook admin, exports other than JSON) is the spec's example.
 */
export function createScriptixMock(options: MockValidationOptions = {}): ScriptixMock {
  const storage = createSignedStorage('scriptix');
  const state = createScriptixState();
  const requests: MockRequest[] = [];
  const kernelFor = (baseUrl: string) =>
    createMockKernel({
      table: operations,
      document,
      baseUrl,
      profile: scriptixProfile,
      validate: options.validate,
      authenticate: (request) => authenticate(request, state),
      takeWindow: (key, bucket, now) =>
        createRateLimitWindows(() => ({ [bucket]: state.rateLimit.limit }), state.rateLimit.windowMs, state.windows).take(key, bucket, now),
      rateLimitHeaders: (window) => scriptixRateLimitHeaders(window),
      rateLimited: (window, _request, now) => rateLimited(window, now),
      invalidRequest,
      requests,
    });
  const kernel = kernelFor(scriptixBaseUrl);
  const routes = createScriptixRoutes(state, storage);
  // The realtime-control routes are also served under /api/v4 (the docs show both).
  const v4 = {
    initializeRealtime: routes.initializeRealtime!,
    getRealtimeStatus: exampleResponder(document, operations.getRealtimeStatus),
  };
  return {
    profile: scriptixProfile,
    handlers: [...storage.handlers, ...kernel.routes(routes), ...kernelFor(scriptixBaseUrlV4).routes(v4, { examples: false })],
    scenarios: scriptixScenarios,
    state,
    storage,
    requests,
    reset() {
      // The handlers hold the maps: empty them rather than replace them.
      const { sessions, uploads, documents, tokens, windows, revokedKeys } = state;
      for (const kept of [sessions, uploads, documents, tokens, windows, revokedKeys]) {
        kept.clear();
      }
      Object.assign(state, createScriptixState(), { sessions, uploads, documents, tokens, windows, revokedKeys });
      storage.reset();
      requests.length = 0;
    },
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
  };
}
