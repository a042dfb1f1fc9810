import { hmacSha256Hex, type OperationEntry } from '@conduit/core';
import { apiVideoOperations, type components } from '@conduit/specs/apivideo';
import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import { HttpResponse } from 'msw';
import { createMockKernel, exampleResponder, type MockRouteHandler, type MockRouteInput } from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows, type WindowCount } from '../kernel/rate-limit-windows.js';
import { type RecordHandler, type ResourceOperations, recordRoute, resourceRoutes } from '../kernel/resource-routes.js';
import { specExample } from '../kernel/spec-example.js';
import type { SpecViolation } from '../kernel/spec-violation.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios, type Scenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { type ApiVideoMockUpload, acceptChunk, apivideoDocs, problem } from './apivideo-chunks.js';

type Schemas = components['schemas'];
type Body = Record<string, unknown>;

/** The three rate-limit classes of api.video. */
export type ApiVideoMockBucket = 'upload' | 'write' | 'read';

/** Options of `createApiVideoMock`. */
export interface ApiVideoMockOptions extends MockValidationOptions {
  /** Origin (default `https://ws.api.video`; `https://sandbox.api.video` for sandbox clients). */ baseUrl?: string;
  /** Clock in epoch milliseconds for token expiry, rate-limit windows and dates (default `Date.now`). */ now?: () => number;
  /** Requests per minute per bucket (default upload 100, write 200, read 500; sandbox 40/40/100). */
  limits?: Partial<Record<ApiVideoMockBucket, number>>;
  /** Status reads before an uploaded video becomes playable (default 1). */ encodingPolls?: number;
  /** Deleting a video discards it (restorable for 90 days) instead of deleting it (default false). */ videoRestore?: boolean;
}

/** A stored video and what the mock tracks about it. */
export interface ApiVideoMockVideo {
  /** The video as the API returns it. */ video: Schemas['Video'];
  /** The upload into this video. */ upload: ApiVideoMockUpload;
  /** Status reads since the upload completed. */ statusPolls: number;
  /** Created by a delegated upload (POST /upload without videoId). */ createdByToken: boolean;
}

/** An access token the mock issued. */
export interface ApiVideoMockAccessToken {
  /** When it expires, epoch milliseconds. */
  expiresAt: number;
  /** The API key it stands for. */
  key: string;
}

/** In-memory state behind the api.video handlers. */
export interface ApiVideoMockState {
  /** Origin the handlers answer on. */ readonly baseUrl: string;
  /** Clock in epoch milliseconds. */ readonly now: () => number;
  /** The options with defaults applied (requests per minute per bucket). */
  readonly options: Required<Pick<ApiVideoMockOptions, 'encodingPolls' | 'videoRestore'>> & {
    /** Requests per minute per bucket. */
    limits: Record<ApiVideoMockBucket, number>;
  };
  /** Videos by id. */ videos: Map<string, ApiVideoMockVideo>;
  /** Delegated upload tokens by token. */ uploadTokens: Map<string, Schemas['UploadToken']>;
  /** Caption tracks by `uri` (`/videos/{videoId}/captions/{language}`). */ captions: Map<string, Schemas['Caption']>;
  /** Chapter tracks by `uri` (`/videos/{videoId}/chapters/{language}`). */ chapters: Map<string, Schemas['Chapter']>;
  /** Summaries by id (their sources answer the spec's example). */ summaries: Map<string, Schemas['Summary']>;
  /** Watermarks by id. */ watermarks: Map<string, Schemas['Watermark']>;
  /** Live streams by id. */ liveStreams: Map<string, Schemas['LiveStream']>;
  /** Player themes by id. */ players: Map<string, Schemas['PlayerTheme']>;
  /** Webhooks by id. */ webhooks: Map<string, Schemas['Webhook']>;
  /** Issued access tokens: the API key each stands for and its expiry. */
  accessTokens: Map<string, ApiVideoMockAccessToken>;
  /** Issued refresh tokens -> API key. */ refreshTokens: Map<string, string>;
  /** Per-bucket windows: requests counted and when the window resets (epoch ms). */ windows: Map<string, WindowCount>;
  /** Makes every issued access token expired (the next bearer call answers 401). */ expireAccessTokens(): void;
  /** Clears everything, the request log included. */ reset(): void;
}

/** The api.video mock: its handlers for all 59 operations share `state`. */
export interface ApiVideoMock extends ProviderMock {
  /** The in-memory state behind the handlers (inspect or change it in tests). */ readonly state: ApiVideoMockState;
}

/** Every webhook event type of the spec. */
export const apivideoMockWebhookEvents = (apiVideoDocument as { components: { schemas: Record<string, { enum?: unknown[] }> } }).components
  .schemas.WebhookEventType?.enum as readonly Schemas['WebhookEventType'][];

/** A key the mock accepts (api.video documents no format; real keys look like this: 43 letters and digits). */
export const apivideoTestKey = 'avTestKey9VxMaPgsaFg7EBqmuspSzF7sAbd4NX2iK8';
/** How the generic scenarios answer like api.video: problem+json bodies and `X-RateLimit-*` headers. */
export function createApiVideoProfile(baseUrl = 'https://ws.api.video'): ProviderProfile {
  return {
    id: 'apivideo',
    baseUrl,
    expiredKeyCode: 'authentication-invalid-api-key',
    rateLimitCode: 'too-many-requests',
    errorBody: (status, code, message) => ({ type: code.includes('://') ? code : `${apivideoDocs}${code}`, title: message, status }),
    rateLimitHeaders: ({ limit, remaining, retryAfterSeconds = 60 }) => rateLimitHeaders(limit, remaining, retryAfterSeconds),
    errorContentType: 'application/problem+json',
  };
}

/** api.video's profile on the production base URL. */
export const apivideoProfile: ProviderProfile = createApiVideoProfile();
/** Failure scenarios in api.video's style (`rateLimited()`, `outage()`, `expiredKey()`, `sequence()`, ...). */
export const apivideoScenarios: Scenarios = createScenarios(apivideoProfile);

/** A webhook delivery as api.video sends it: the raw JSON body and its headers. */
export interface ApiVideoWebhookDelivery {
  /** The JSON payload, as the exact text that was signed. */ body: string;
  /** Delivery headers, including the signature header. */ headers: Record<string, string>;
}

/**
 * Builds a signed delivery for tests of a webhook receiver: `X-Api-Video-Signature` is the hex
 * HMAC-SHA256 of the raw body keyed with `secret` (the webhook's `signatureSecret`).
 */
export async function createApiVideoWebhookDelivery(event: Body, secret: string, webhookId = 'webhook_XXXXXXXXXXXXXXX'): Promise<Delivery> {
  const body = JSON.stringify(event);
  const type = 'application/json';
  const signature = await hmacSha256Hex(body, secret);
  return { body, headers: { 'content-type': type, 'x-api-video-webhookid': webhookId, 'x-api-video-signature': signature } };
}
type Delivery = ApiVideoWebhookDelivery;
const rateLimitHeaders = (limit: number, remaining: number, retryAfterSeconds: number): Record<string, string> => ({
  'X-RateLimit-Limit': String(limit),
  'X-RateLimit-Remaining': String(remaining),
  'X-RateLimit-Retry-After': String(retryAfterSeconds),
});
const json = (body: unknown, status = 200) => HttpResponse.json(body as Body, { status });
const empty = (status: number) => new HttpResponse(null, { status });
const notFound = (name: string) => problem(404, 'resource-not-found', 'The requested resource was not found.', { name });
const example = <T = Body>(id: string) =>
  specExample(apiVideoDocument, (apiVideoOperations as Record<string, OperationEntry>)[id] as OperationEntry).body as T;
const missingOf = (name: string) => () => notFound(name);
const idOf = (param: string) => (record: object) => String((record as Body)[param] ?? (record as Body).token);
const videoIdOf = (entry: ApiVideoMockVideo) => entry.video.videoId;
const isAcceptedKey = (key: unknown) => typeof key === 'string' && /^[\x21-\x39\x3b-\x7e]+$/.test(key) && !/expired|revoked/i.test(key);
/** The operations of one stored resource from its name and verbs: `crud('Summary', 'create list')` is createSummary, listSummaries. */
const crud = (name: string, verbs: string): ResourceOperations =>
  Object.fromEntries(verbs.split(' ').map((verb) => [renamed[verb] ?? verb, verbName(verb, name)]));
const renamed: Record<string, string> = { upload: 'create', delete: 'remove', restore: 'update' };
const verbName = (verb: string, name: string) => (verb === 'list' ? `list${name.replace(/y$/, 'ie')}s` : `${verb}${name}`);

const refusals: Record<string, [string, string]> = {
  other: ['invalid-authorization-header-value', 'The Authorization header value is invalid.'],
  basic: ['invalid-api-key', 'The API key you sent does not exist.'],
  bearer: ['invalid-access-token', 'The access token is invalid or has expired.'],
  '': ['missing-authorization-header', 'The Authorization header is missing.'],
};

/** Checks Basic (API key) or Bearer (access token) credentials: the key, or the API's 401. */
function authenticate(request: Request, state: ApiVideoMockState): string | Response {
  const [scheme = '', value = ''] = (request.headers.get('authorization') ?? '').trim().split(/\s+/, 2);
  const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/.test(value) ? atob(value) : '';
  const key = /^basic$/i.test(scheme) && base64.endsWith(':') ? base64.slice(0, -1) : '';
  const token = /^bearer$/i.test(scheme) ? state.accessTokens.get(value) : undefined;
  const accepted = isAcceptedKey(key) ? key : token && token.expiresAt > state.now() ? token.key : undefined;
  const [slug, title] = refusals[scheme.toLowerCase()] ?? (refusals.other as [string, string]);
  return accepted ?? problem(401, `authentication-${slug}`, title, { name: null });
}

const violationSlugs: Array<[(v: SpecViolation) => boolean, string, string]> = [
  [(v) => v.name?.toLowerCase() === 'content-range', 'video-content-range-malformed', 'The "Content-Range" header is malformed.'],
  [(v) => v.location === 'query' || v.location === 'path', 'invalid-query-parameter', 'A query parameter is invalid.'],
  [(v) => v.keyword === 'required' || /fewer than 1 /.test(v.message), 'attribute-required', 'This attribute is required.'],
  [(v) => v.location === 'content-type' || v.pointer === '', 'invalid-payload', 'The payload is invalid.'],
  [() => true, 'invalid-attribute', 'An attribute is invalid.'],
];
/** The slug and title of the problem for one spec violation. */
const slugOf = (v: SpecViolation) =>
  (violationSlugs.find(([matches]) => matches(v)) as (typeof violationSlugs)[number]).slice(1) as [string, string];

/** api.video's documented 400 for a request that breaks the spec: `problems[]` names each failing attribute, typed by the first. */
function invalidRequest(violations: readonly SpecViolation[]): Response {
  if (violations.some((v) => v.location === 'query' && v.name === 'token' && v.keyword === 'required')) {
    return problem(401, 'authentication-missing-upload-token', 'The upload token is missing.', { name: 'token' });
  }
  const problems = violations
    .map((v) => ({ type: `${apivideoDocs}${slugOf(v)[0]}`, title: slugOf(v)[1], name: v.name ?? null }))
    .filter((item, index, all) => all.findIndex((other) => other.name === item.name) === index);
  const { type, title, name } = problems[0] as (typeof problems)[number];
  const detail = violations.map((v) => `${v.location} ${v.pointer || '/'}: ${v.message}`).join('; ');
  return problem(400, type.slice(apivideoDocs.length), title, { name, detail, problems });
}

/**
 * Creates a stateful api.video mock: Basic and bearer auth (token exchange and refresh), problem+json errors, per-bucket
 * `X-RateLimit-*` limits, stored videos (Video Restore), players, live streams, watermarks, webhooks, upload tokens, tracks and
 * summaries, `Content-Range` chunks checked and reassembled (also by upload token), an encoding status that becomes playable over
 * polls; every other operation answers the spec's example. Every request is recorded in `requests`.
 *
 * @example
 * ```ts
 * import { createApiVideoMock } from '@conduit/testing/apivideo';
 * import { setupServer } from 'msw/node';
 *
 * const mock = createApiVideoMock();
 * const server = setupServer(...mock.handlers);
 * ```
 */
export function createApiVideoMock(options: ApiVideoMockOptions = {}): ApiVideoMock {
  const now = options.now ?? Date.now;
  const baseUrl = (options.baseUrl ?? 'https://ws.api.video').replace(/\/+$/, '');
  const relative = (url: URL) => url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length);
  const limits = baseUrl.includes('sandbox') ? { upload: 40, write: 40, read: 100 } : { upload: 100, write: 200, read: 500 };
  let counter = 0;
  const state: ApiVideoMockState = {
    baseUrl,
    now,
    videos: new Map(),
    uploadTokens: new Map(),
    captions: new Map(),
    chapters: new Map(),
    summaries: new Map(),
    watermarks: new Map(),
    liveStreams: new Map(),
    players: new Map(),
    webhooks: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    windows: new Map(),
    options: { limits: { ...limits, ...options.limits }, encodingPolls: options.encodingPolls ?? 1, videoRestore: !!options.videoRestore },
    expireAccessTokens: () => {
      for (const token of state.accessTokens.values()) {
        token.expiresAt = 0;
      }
    },
    reset: () => {
      for (const value of Object.values(state)) {
        if (value instanceof Map) {
          value.clear();
        }
      }
      counter = 0;
      kernel.requests.length = 0;
    },
  };
  const nextId = (prefix: string) => `${prefix}${(++counter).toString(36)}`.padEnd(prefix.length + 22, 'X7kqM2');
  const stamp = (offsetMs = 0) => new Date(now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const created = () => ({ createdAt: stamp(), updatedAt: stamp() });
  /** The operation's example with its own id (`key`) replaced by `id` everywhere, asset URLs included. */
  const fresh = <T>(operationId: string, key: string, id: string): T =>
    JSON.parse(JSON.stringify(example(operationId)).replaceAll(String(example(operationId)[key]), id)) as T;
  const page = <T>(items: T[], { url }: MockRouteInput, view = (item: T): unknown => item) => {
    const currentPage = Number(url.searchParams.get('currentPage') ?? 1);
    const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
    const pagesTotal = Math.ceil(items.length / pageSize);
    const data = items.slice((currentPage - 1) * pageSize, currentPage * pageSize);
    const link = (rel: string, at: number, shown = true) =>
      shown ? [{ rel, uri: `${relative(url)}?currentPage=${at}&pageSize=${pageSize}` }] : [];
    const links = [link('self', currentPage), link('first', 1), link('previous', currentPage - 1, currentPage > 1)].flat();
    links.push(...link('next', currentPage + 1, currentPage < pagesTotal), ...link('last', Math.max(1, pagesTotal)));
    const pagination = { currentPage, pageSize, pagesTotal, itemsTotal: items.length, currentPageItems: data.length, links };
    return json({ data: data.map(view), pagination });
  };
  type Create<T> = (input: MockRouteInput) => T;
  /** An operation on one stored record (a video not discarded, for `state.videos`), or `404` naming `param`. */
  /** A route on a held record (a discarded video is not held). */
  const on = <T>(store: Map<string, T>, param: string, handle: RecordHandler<T>): MockRouteHandler =>
    recordRoute(store, param, handle, missingOf(param), (record) => (record as Partial<ApiVideoMockVideo>).video?.discarded !== true);
  /** The stored record answered with the operation's spec example (e.g. a summary's source). */
  const known = (store: Map<string, unknown>, param: string) =>
    on(store, param, (_record, input) => exampleResponder(apiVideoDocument, input.operation)(input));
  const update = <T extends object>(record: T, { body }: MockRouteInput) =>
    Object.assign(record, body, 'updatedAt' in record && { updatedAt: stamp() });
  /** Create, list, get, update and remove of one kind of record, kept under its `param` member (an upload token under `token`). */
  const stored = <T extends object>(store: Map<string, T>, param: string, name: string, verbs: string, create: Create<T>) =>
    resourceRoutes<T>({ store, param, create, page, update, operations: crud(name, verbs), id: idOf(param), missing: missingOf(param) });
  const issue = (key: string) => {
    const token = example<Schemas['AccessToken']>('authenticate');
    const id = nextId('');
    Object.assign(token, { access_token: `${token.access_token}${id}`, refresh_token: `${token.refresh_token}${id}` });
    state.accessTokens.set(token.access_token, { expiresAt: now() + token.expires_in * 1000, key });
    state.refreshTokens.set(token.refresh_token, key);
    return json(token);
  };
  const refused = () => problem(400, 'authentication-invalid-user-credentials', 'The user credentials were incorrect.', { name: '' });
  const videoKeys = Object.keys(example('uploadWithUploadToken')).filter((key) => key !== 'source' && key !== 'videoId');
  /** The fields of a create or update body a video keeps (a language also sets `languageOrigin`). */
  const videoFields = (body: Body): Partial<Schemas['Video']> => ({
    ...Object.fromEntries(Object.entries(body).filter(([key]) => videoKeys.includes(key))),
    ...('language' in body && { languageOrigin: body.language === null ? null : 'api' }),
  });
  /** A new video from the spec's example: its own id and asset URLs, the body's fields; one with a `source` is already ingested. */
  const newVideo = (body: Body): ApiVideoMockVideo => {
    const videoId = nextId('vi');
    const imported = typeof body.source === 'string' && body.source !== '';
    const type = imported ? (state.videos.has(String(body.source)) ? ('video' as const) : ('url' as const)) : undefined;
    const video = { ...fresh<Schemas['Video']>('uploadWithUploadToken', 'videoId', videoId), ...videoFields(body), ...created() };
    const upload: ApiVideoMockUpload = { style: imported ? 'whole' : undefined, ranges: [], parts: [], complete: imported };
    const entry = { video: { ...video, publishedAt: stamp(), source: { uri: `/videos/${videoId}/source`, type } }, upload, statusPolls: 0 };
    const stored: ApiVideoMockVideo = { ...entry, createdByToken: false };
    state.videos.set(videoId, stored);
    return stored;
  };
  const videoRoutes = (discarded: boolean, verbs: string) =>
    resourceRoutes<ApiVideoMockVideo>({
      store: state.videos,
      param: 'videoId',
      operations: crud(discarded ? 'DiscardedVideo' : 'Video', verbs),
      id: videoIdOf,
      ...{
        missing: missingOf('videoId'),
        visible: ({ video }) => video.discarded === discarded,
        create: ({ body }) => newVideo(body as Body),
      },
      update: (entry, { body }) => {
        const changes = discarded ? { discarded: false, discardedAt: null, deletesAt: null } : videoFields(body as Body);
        return Object.assign(entry, { video: Object.assign(entry.video, changes, { updatedAt: stamp() }) });
      },
      page: (items, input) => page(items.reverse(), input, (entry) => entry.video),
      send: ({ video }, { operation, body }) => json(video, operation.successStatuses[(body as Body | undefined)?.source ? 1 : 0]),
    });
  /** Received ranges while uploading; once complete, `encodingPolls` reads encoding, then the example's qualities all encoded. */
  const status = (entry: ApiVideoMockVideo): Schemas['VideoStatus'] => {
    const { upload, video } = entry;
    const done = upload.complete;
    const encoded = upload.complete && ++entry.statusPolls > state.options.encodingPolls;
    const { qualities = [], metadata } = example<Schemas['VideoStatus']>('getVideoStatus').encoding ?? {};
    const arrived = video.source?.type === 'upload' ? 'uploaded' : 'ingested';
    const ingested = done ? arrived : upload.ranges.length > 0 ? 'uploading' : undefined;
    const receivedBytes = upload.ranges.map(({ from, to }) => ({ from, to, total: upload.total ?? 0 }));
    const encodings = done ? qualities.map((quality) => ({ ...quality, status: encoded ? 'encoded' : 'encoding' })) : [];
    const encoding = { playable: encoded, qualities: encodings, metadata: encoded ? metadata : {} };
    const ingest = { status: ingested, filesize: done ? (upload.total ?? null) : null, receivedBytes };
    return { ingest, encoding } as Schemas['VideoStatus'];
  };
  /** Adds the `file` of a source upload to the video's upload, `Content-Range` checked. */
  const receive = async (entry: ApiVideoMockVideo, request: Request) => {
    const file = (await request.formData()).get('file') as File;
    const result = acceptChunk(entry.upload, request.headers.get('content-range'), new Uint8Array(await file.arrayBuffer()));
    if (result instanceof Response) {
      return result;
    }
    entry.upload.fileName ??= file.name;
    Object.assign(entry.video, { source: { uri: `/videos/${entry.video.videoId}/source`, type: 'upload' }, updatedAt: stamp() });
    return json(entry.video, 201);
  };
  /** Captions or chapters of a video, kept by `uri`; `404` for a video the mock does not hold. */
  const tracks = <T extends { uri?: string }>(kind: string, store: Map<string, T>, make: (language: string) => Body) => {
    const name = `${kind[0]?.toUpperCase()}${kind.slice(1)}`;
    const base = example(`upload${kind[0]?.toUpperCase()}${kind.slice(1)}`);
    const scoped =
      (handle: (uri: string, track: T, input: MockRouteInput) => Response, need = true): MockRouteHandler =>
      (input) => {
        const [videoId = '', language = ''] = [input.params.videoId, input.params.language];
        const uri = `/videos/${videoId}/${kind}s/${language}`;
        const missing = !state.videos.has(videoId) ? 'videoId' : need && !store.has(uri) ? 'language' : undefined;
        return missing ? notFound(missing) : handle(uri, store.get(uri) as T, input);
      };
    const create = (uri: string, language = ''): T =>
      ({ ...base, uri, src: `https://vod.api.video/vod${uri.slice(7)}.vtt`, ...make(language) }) as never;
    const under = (uri: string) => [...store.values()].filter((track) => track.uri?.startsWith(uri));
    return {
      [`list${name}s`]: scoped((uri, _track, input) => page(under(uri), input), false),
      [`get${name}`]: scoped((_uri, track) => json(track)),
      [`upload${name}`]: scoped((uri, _track, input) => json(store.set(uri, create(uri, input.params.language)).get(uri)), false),
      ...(kind === 'caption' && { updateCaption: scoped((_uri, track, { body }) => json(Object.assign(track, body))) }),
      [`delete${name}`]: scoped((uri) => empty(store.delete(uri) ? 204 : 404)),
    };
  };
  /** A live stream with its thumbnail asset set (or removed). */
  const thumbnail = (stream: Schemas['LiveStream'], path?: string) =>
    Object.assign(stream, { assets: { ...stream.assets, thumbnail: path && `https://live.api.video/${stream.liveStreamId}${path}` } });
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  const answers: Record<string, MockRouteHandler> = {
    authenticate: ({ body }) => (isAcceptedKey((body as Body).apiKey) ? issue(String((body as Body).apiKey)) : refused()),
    refreshAccessToken: ({ body }) => {
      const token = String((body as Body).refreshToken);
      const key = state.refreshTokens.get(String((body as Body).refreshToken));
      return key !== undefined && state.refreshTokens.delete(token) ? issue(key) : refused();
    },
    ...videoRoutes(false, 'create list get update'),
    ...videoRoutes(true, 'list get restore'),
    deleteVideo: on(state.videos, 'videoId', ({ video }) => {
      const discarded = state.options.videoRestore && { discarded: true, discardedAt: stamp(), deletesAt: stamp(7_776_000_000) };
      return empty((discarded && Object.assign(video, discarded)) || state.videos.delete(video.videoId) ? 204 : 404);
    }),
    getVideoStatus: on(state.videos, 'videoId', (entry) => json(status(entry))),
    uploadVideo: on(state.videos, 'videoId', (entry, { request }) => receive(entry, request)),
    uploadThumbnail: on(state.videos, 'videoId', (entry) => json(entry.video)),
    pickThumbnail: on(state.videos, 'videoId', (entry) => json(entry.video)),
    uploadWithUploadToken: async ({ request, query, body }) => {
      const grant = state.uploadTokens.get(query.get('token') ?? '');
      const form = (body ?? {}) as Record<string, string | undefined>;
      const target = form.videoId !== undefined ? state.videos.get(form.videoId) : undefined;
      if (!grant || (grant.expiresAt && Date.parse(grant.expiresAt) <= now())) {
        return problem(401, 'authentication-invalid-upload-token', 'The upload token does not exist or has expired.', { name: 'token' });
      }
      if (form.videoId !== undefined) {
        return target && !target.video.discarded ? receive(target, request) : notFound('videoId');
      }
      if (!/^(bytes 0-|part 1\/)/.test(request.headers.get('content-range') ?? 'bytes 0-')) {
        return problem(400, 'attribute-required', 'This attribute is required.', { name: 'videoId' });
      }
      const entry = Object.assign(newVideo({ title: form.file || 'file' }), { createdByToken: true });
      const answer = await receive(entry, request);
      return answer.status >= 400 && state.videos.delete(entry.video.videoId) ? answer : answer;
    },
    ...tracks('caption', state.captions, (language) => ({ srclang: language, languageName: languages.of(language) })),
    ...tracks('chapter', state.chapters, (language) => ({ language })),
    ...stored(state.summaries, 'summaryId', 'Summary', 'create list delete', ({ body }) => {
      const { videoId, origin = 'api' } = body as Schemas['SummaryCreationPayload'];
      return {
        summaryId: nextId('summary_'),
        ...created(),
        videoId,
        origin,
        sourceStatus: origin === 'auto' ? 'waiting' : 'missing',
      } as never;
    }),
    getSummarySource: known(state.summaries, 'summaryId'),
    updateSummarySource: known(state.summaries, 'summaryId'),
    ...stored(state.players, 'playerId', 'PlayerTheme', 'create list get update delete', ({ body }) => ({
      ...fresh<Schemas['PlayerTheme']>('createPlayerTheme', 'playerId', nextId('pl')),
      ...(body as Body),
      ...created(),
    })),
    uploadPlayerLogo: on(state.players, 'playerId', (player, { body }) => {
      const assets = { logo: `https://cdn.api.video/player/${player.playerId}/logo.png`, link: (body as Body).link };
      return json(Object.assign(player, { assets }));
    }),
    deletePlayerLogo: on(state.players, 'playerId', (player) => {
      delete player.assets;
      return empty(204);
    }),
    ...stored(state.liveStreams, 'liveStreamId', 'LiveStream', 'create list get update delete', ({ body }) => ({
      ...fresh<Schemas['LiveStream']>('createLiveStream', 'liveStreamId', nextId('li')),
      playerId: undefined,
      restreams: [],
      ...(body as Body),
      streamKey: nextId('').toLowerCase(),
      broadcasting: false,
      ...created(),
    })),
    uploadLiveStreamThumbnail: on(state.liveStreams, 'liveStreamId', (stream) => json(thumbnail(stream, '/thumbnail.jpg'))),
    deleteLiveStreamThumbnail: on(state.liveStreams, 'liveStreamId', (stream) => json(thumbnail(stream))),
    completeLiveStream: known(state.liveStreams, 'liveStreamId'),
    ...stored(state.watermarks, 'watermarkId', 'Watermark', 'upload list delete', () => ({
      watermarkId: nextId('watermark_'),
      createdAt: stamp(),
    })),
    ...stored(state.webhooks, 'webhookId', 'Webhook', 'create list get delete', ({ body }) => ({
      webhookId: nextId('webhook_'),
      createdAt: stamp(),
      ...(body as Body),
      signatureSecret: nextId('sig_sec_'),
    })),
    ...stored(state.uploadTokens, 'uploadToken', 'UploadToken', 'create list get delete', ({ body }) => {
      const { ttl = 0 } = (body ?? {}) as { ttl?: number };
      return { token: nextId('to'), ttl, createdAt: stamp(), expiresAt: ttl === 0 ? null : stamp(ttl * 1000) };
    }),
  };
  const profile = createApiVideoProfile(baseUrl);
  const byBucket = (_key: string, bucket: string) => bucket;
  const windows = createRateLimitWindows(() => state.options.limits, 60_000, state.windows, byBucket);
  const kernel = createMockKernel({
    table: apiVideoOperations,
    document: apiVideoDocument,
    baseUrl,
    profile,
    validate: options.validate,
    now,
    invalidRequest,
    takeWindow: windows.take,
    peekWindow: windows.peek,
    authenticate: (request: Request) => authenticate(request, state),
    rateLimitHeaders: ({ limit, remaining, resetAt }, at) =>
      rateLimitHeaders(limit, remaining, Math.max(0, Math.ceil((resetAt - at) / 1000))),
    rateLimited: () => problem(429, 'too-many-requests', 'Too many requests.'),
  });
  const handlers = kernel.routes(answers);
  const scenarios = createScenarios(profile);
  const { requests, violations, assertNoViolations } = kernel;
  return { profile, handlers, scenarios, reset: state.reset, state, requests, violations, assertNoViolations };
}
