import { type components, hesedVidOperations } from '@conduit/specs/hesedvid';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import { type HttpHandler, HttpResponse } from 'msw';
import { createMockKernel, type MockKernel, type MockRouteInput } from '../kernel/create-mock-kernel.js';
import { createRateLimitWindows, type WindowCount, xRateLimitHeaders } from '../kernel/rate-limit-windows.js';
import { specExample } from '../kernel/spec-example.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { createSignedStorage, type SignedStorage } from '../storage/signed-storage.js';

type Schemas = components['schemas'];

/** HesedVid's three hourly rate-limit buckets. */
export type HesedVidMockBucket = 'general' | 'video' | 'analytics';
/** Which documented upload-url answer the mock sends: the guide's, the REST reference's, or that one without `videoID`. */
export type HesedVidUploadUrlShape = 'guide' | 'reference' | 'reference-without-id';
/** Where a mock video is in its life: `uploading` until start-processing, then `transcoding`, then `ready` or `failed`. */
export type HesedVidMockLifecycle = 'uploading' | Schemas['VideoStatus'];
/** One rate-limit window of one key and bucket. */
export type HesedVidMockWindow = WindowCount;
/** A video the mock keeps: the API's `Video` fields (the spec example's values unless set) and the mock's own. */
export type HesedVidMockVideo = Omit<Schemas['Video'], 'status'> & {
  /** Where the video is in its life (lists and details show it from `transcoding` on). */
  status: HesedVidMockLifecycle;
  /** Public ID returned by upload-url, `pubvid_…` (same suffix as `id`, `vid_…`); per-video paths take either. */
  publicId: string;
  /** Organization that owns the video. */
  orgId: string;
  /** Canonical environment ID (`env_prod_…`). */
  environmentId: string;
  /** Object key in the signed storage. */
  objectKey: string;
  /** Status polls left before a `transcoding` video finishes. */
  pollsLeft: number;
  /** Soft delete: no longer listed, shown or playable. */
  deleted: boolean;
};
/** Everything a HesedVid mock remembers. */
export interface HesedVidMockState {
  /** Videos by public ID. */
  videos: Map<string, HesedVidMockVideo>;
  /** The organization's environments: ID (`env_prod_…`) and name, a slug the paths take too. */
  environments: Array<Record<'id' | 'name', string>>;
  /** Rate-limit windows per `<key>:<bucket>`. */
  windows: Map<string, HesedVidMockWindow>;
  /** The object store behind the signed upload URLs. */
  storage: SignedStorage;
}
/** Options for `createHesedVidMock`. */
export interface HesedVidMockOptions extends MockValidationOptions {
  /** Clock in epoch milliseconds for rate-limit windows, `createdAt` and expiries (default `Date.now`). */
  now?: () => number;
  /** Requests per hour per key and bucket (defaults: the documented general 10,000, video 1,000, analytics 500). */
  limits?: Partial<Record<HesedVidMockBucket, number>>;
  /** Which documented upload-url answer to send (default `guide`: `videoID`, `signedURL`, `expiresAt` in Unix seconds). */
  uploadUrlShape?: HesedVidUploadUrlShape;
  /** Status polls a video answers `transcoding` after start-processing before it finishes (default 2). */
  processingPolls?: number;
  /** How processing ends for a video (default: always `ready`). */
  processingOutcome?: (video: HesedVidMockVideo) => 'ready' | 'failed';
}
/** The base URL the HesedVid handlers answer on (the REST reference's, the client's default). */
export const hesedvidBaseUrl = 'https://api.hesedvid.com/v1/api';
/** A development key in the documented format (`hv_test_` + letters and digits). */
export const hesedvidTestKey = 'hv_test_4f9c2a7d1b8e6f3a5c0d9e8b7a6f5c4d';
/** The documented hourly limits: general 10,000, video operations 1,000, analytics 500. */
export const defaultHesedVidLimits: Readonly<Record<HesedVidMockBucket, number>> = { general: 10_000, video: 1_000, analytics: 500 };
/** The environments a fresh mock organization has: prod, staging and dev (`env_prod_123456789`, ...). */
export const defaultHesedVidEnvironments: ReadonlyArray<Readonly<Record<'id' | 'name', string>>> = ['prod', 'staging', 'dev'].map(
  (name) => ({ id: `env_${name}_123456789`, name }),
);
/** HesedVid documents no error body, so the mock answers a flat `{ error: <code>, message }`, which the client's parser reads. */
export function hesedvidErrorBody(code: string, message: string): Record<'error' | 'message', string> {
  return { error: code, message };
}
/** `X-RateLimit-Limit/Remaining/Reset` (Unix seconds), HesedVid's documented headers. */
export const hesedvidRateLimitHeaders: (limit: number, remaining: number, resetAtMs: number) => Record<string, string> = xRateLimitHeaders;
/** How the generic scenarios answer like HesedVid. */
export const hesedvidProfile: ProviderProfile = {
  id: 'hesedvid',
  baseUrl: hesedvidBaseUrl,
  errorBody: (_status, code, message) => hesedvidErrorBody(code, message),
  expiredKeyCode: 'api_key_expired',
  rateLimitCode: 'rate_limit_exceeded',
  rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) =>
    xRateLimitHeaders(limit, remaining, Date.now() + (retryAfterSeconds ?? 3600) * 1000),
};
/** Scenario helpers answering in HesedVid's style (`{ error, message }`, `X-RateLimit-*`). */
export const hesedvidScenarios = createScenarios(hesedvidProfile);

const refuse = (status: number, code: string, message: string) => HttpResponse.json(hesedvidErrorBody(code, message), { status });
const answer = (body: unknown) => HttpResponse.json({ body } as Record<string, unknown>);
const keyRefusals: Array<[RegExp, string, string]> = [
  [/^$/, 'unauthorized', 'Missing API key: send it in the X-Api-Key header'],
  [/^(?!hv_(live|test)_[A-Za-z0-9]+$)/, 'invalid_api_key', 'Invalid API key: keys start with hv_live_ or hv_test_'],
  [/expired/i, 'api_key_expired', 'The API key has expired'],
  [/revoked/i, 'api_key_revoked', 'The API key has been revoked'],
];

/** Checks `X-Api-Key`: the documented prefixes, letters and digits after; `expired`/`revoked` in a key simulate those states. */
export function checkHesedVidKey(value: string | null): Response | undefined {
  const refusal = keyRefusals.find(([pattern]) => pattern.test(value ?? ''));
  return refusal && refuse(401, refusal[1], refusal[2]);
}
/** A JWT-shaped playback token (issuer `hesedvid`, audience the public ID); the signature is fake. */
export function fakePlaybackToken(publicId: string, expiresAtMs: number, domains: string | undefined): string {
  const base64Url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const payload = { iss: 'hesedvid', aud: publicId, exp: Math.floor(expiresAtMs / 1000), domains };
  return `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url(payload)}.${base64Url(`mock-signature-${publicId}`)}`;
}
/** A stored video as the list and detail endpoints show it (the mock's own fields left out). */
export function toHesedVidVideo(video: HesedVidMockVideo): Schemas['Video'] {
  const { publicId, orgId, environmentId, objectKey, pollsLeft, deleted, ...shown } = video;
  return shown as Schemas['Video'];
}
/** Adds a video to the state and returns it; fields not given (or `undefined`) are `ready`, the first environment, the spec example's. */
export function seedHesedVidVideo(state: HesedVidMockState, video: Partial<HesedVidMockVideo> & { orgId: string }): HesedVidMockVideo {
  const suffix = crypto.randomUUID().replace(/-/g, '').slice(0, 16);
  const environmentId = video.environmentId ?? state.environments[0]?.id ?? 'env_prod_123456789';
  const stored: HesedVidMockVideo = {
    ...(specExample(hesedVidDocument, hesedVidOperations.getVideo).body as Schemas['VideoResponse']).body,
    id: `vid_${suffix}`,
    publicId: `pubvid_${suffix}`,
    createdAt: new Date().toISOString(),
    status: 'ready',
    environmentId,
    orgId: video.orgId,
    objectKey: `${video.orgId}/${environmentId}/videos/${suffix}`,
    pollsLeft: 0,
    deleted: false,
    ...Object.fromEntries(Object.entries(video).filter(([, value]) => value !== undefined)),
  };
  state.videos.set(stored.publicId, stored);
  return stored;
}

// The stateful operations; the kernel answers the analytics from the spec's examples.
function createKernel(state: HesedVidMockState, options: HesedVidMockOptions): { kernel: MockKernel; handlers: HttpHandler[] } {
  const inEnvironment = (handle: (environmentId: string, input: MockRouteInput) => Response) => (input: MockRouteInput) => {
    const environment = state.environments.find(({ id, name }) => input.params.envID === id || input.params.envID === name);
    return environment ? handle(environment.id, input) : refuse(404, 'environment_not_found', `No environment "${input.params.envID}"`);
  };
  const found = (handle: (video: HesedVidMockVideo, input: MockRouteInput) => Response) => (input: MockRouteInput) => {
    const video = state.videos.get(input.params.publicID?.replace(/^vid_/, 'pubvid_') ?? '');
    const mine = video?.orgId === input.params.orgID && !video?.deleted;
    return video && mine ? handle(video, input) : refuse(404, 'video_not_found', `No video "${input.params.publicID}"`);
  };
  const list = ({ params, query }: MockRouteInput, environmentId?: string) => {
    const page = Number(query.get('page') ?? 1);
    const pageSize = Number(query.get('pageSize') ?? 20);
    const listed = (video: HesedVidMockVideo) =>
      video.status !== 'uploading' && (environmentId ?? video.environmentId) === video.environmentId;
    const videos = [...state.videos.values()].filter((video) => video.orgId === params.orgID && !video.deleted && listed(video));
    const shown = videos.slice((page - 1) * pageSize, page * pageSize).map(toHesedVidVideo);
    return answer({ videos: shown, pagination: { total: videos.length, page, pageSize, totalPages: Math.ceil(videos.length / pageSize) } });
  };
  const notStarted = () => refuse(409, 'processing_not_started', 'Upload the file and call start-processing first');
  const progress = (video: HesedVidMockVideo, change: Partial<HesedVidMockVideo>) =>
    answer({ videoID: video.publicId, status: Object.assign(video, change).status });
  const windows = createRateLimitWindows(() => ({ ...defaultHesedVidLimits, ...options.limits }), 3_600_000, state.windows);
  const kernel = createMockKernel({
    table: hesedVidOperations,
    document: hesedVidDocument,
    baseUrl: hesedvidBaseUrl,
    profile: hesedvidProfile,
    validate: options.validate,
    now: options.now,
    takeWindow: windows.take,
    authenticate: (request) => checkHesedVidKey(request.headers.get('x-api-key')) ?? String(request.headers.get('x-api-key')),
    rateLimitHeaders: (window) => xRateLimitHeaders(window.limit, window.remaining, window.resetAt),
    rateLimited: ({ bucket, limit }) => refuse(429, 'rate_limit_exceeded', `Rate limit for ${bucket} operations (${limit}/h) exceeded`),
  });
  const handlers = kernel.routes({
    // Either documented body: the REST reference's `filename` (with `contentType`) or the guide's `fileName` and video config.
    createUploadUrl: inEnvironment((environmentId, { params, body, now }) => {
      const { filename, contentType } = body as Partial<Schemas['UploadUrlReferenceRequest']>;
      const { fileName, videoName, videoQuality, allowPublicAccess } = body as Partial<Schemas['UploadUrlVideoConfigRequest']>;
      const created = { orgId: params.orgID ?? '', environmentId, status: 'uploading' as const, createdAt: new Date(now).toISOString() };
      const video = seedHesedVidVideo(state, { ...created, name: videoName ?? filename ?? fileName, videoQuality, allowPublicAccess });
      // the storage checks expiry against the real clock
      const ms = Date.now() + 3_600_000;
      const shape = options.uploadUrlShape ?? 'guide';
      const signedURL = state.storage.sign(video.objectKey, { contentType, expiresAt: ms });
      const expiresAt = shape === 'guide' ? Math.floor(ms / 1000) : new Date(ms).toISOString();
      return answer({ videoID: shape === 'reference-without-id' ? undefined : video.publicId, signedURL, expiresAt });
    }),
    startProcessing: found((video) =>
      video.status === 'uploading' && !state.storage.get(video.objectKey)
        ? refuse(409, 'upload_not_found', 'PUT the file to the signed URL before starting processing')
        : progress(video, video.status === 'uploading' ? { status: 'transcoding', pollsLeft: options.processingPolls ?? 2 } : {}),
    ),
    getVideoStatus: found((video) => {
      const polled = video.pollsLeft > 0 ? { pollsLeft: video.pollsLeft - 1 } : { status: options.processingOutcome?.(video) ?? 'ready' };
      return video.status === 'uploading' ? notStarted() : progress(video, video.status === 'transcoding' ? polled : {});
    }),
    listVideos: inEnvironment((environmentId, input) => list(input, environmentId)),
    listOrganizationVideos: (input) => list(input),
    getVideo: found((video) => (video.status === 'uploading' ? notStarted() : answer(toHesedVidVideo(video)))),
    deleteVideo: found((video) => answer({ videoID: video.publicId, deleted: Object.assign(video, { deleted: true }).deleted })),
    // A link with no limits on a public video is public; `token` is the link's secret in both URLs.
    createShareLink: found(({ publicId, name, allowPublicAccess }, { body, now }) => {
      const { expirationHours: hours, ...limits } = (body ?? {}) as Schemas['ShareLinkRequest'];
      const type = allowPublicAccess && !hours && Object.keys(limits).length === 0 ? 'public' : 'private';
      const token = Math.random().toString(36).slice(2, 14);
      const expiresAt = hours && new Date(now + hours * 3_600_000).toISOString();
      const webAppUrl = `https://app.hesedvid.com/share/${publicId}?token=${token}`;
      const directUrl = `https://worker.hesedvid.com/${publicId}/master.m3u8?token=${token}`;
      return answer({ webAppUrl, webAppUrlType: type, directUrl, directUrlType: type, expiresAt, publicId, videoName: name, token });
    }),
    // `expiration` is `<n>m` or `<n>h` by the spec's pattern; the documented at most 24 hours is the server's check.
    getSignedPlaybackUrl: found(({ publicId }, { query, now }) => {
      const expiration = query.get('expiration') ?? '1h';
      const expiresAt = now + Number(expiration.slice(0, -1)) * (expiration.endsWith('h') ? 3_600_000 : 60_000);
      const signedUrl = `https://worker.hesedvid.com/${publicId}/master.m3u8?token=${fakePlaybackToken(publicId, expiresAt, query.get('domains') ?? undefined)}`;
      return expiresAt - now > 86_400_000
        ? refuse(400, 'invalid_request', 'expiration must be from 1 minute to 24 hours')
        : answer({ signedUrl, expiresAt: new Date(expiresAt).toISOString() });
    }),
    listEnvironments: () => answer(state.environments),
  });
  return { kernel, handlers: [...handlers, ...state.storage.handlers] };
}

/** The msw handlers for every HesedVid operation plus the signed storage, sharing `state` (a mock's `state`). */
export function createHesedVidHandlers(state: HesedVidMockState, options: HesedVidMockOptions = {}): HttpHandler[] {
  return createKernel(state, options).handlers;
}

/**
 * A stateful HesedVid mock: the `X-Api-Key` check, `{ error, message }` errors, hourly bucket windows with `X-RateLimit-*`
 * headers, signed uploads, videos moving uploading -> transcoding -> ready over status polls; analytics are spec examples.
 *
 * @example
 * ```ts
 * import { createHesedVidMock } from '@conduit/testing/hesedvid';
 * import { setupServer } from 'msw/node';
 *
 * const hesedvid = createHesedVidMock();
 * const server = setupServer(...hesedvid.handlers);
 * server.use(hesedvid.scenarios.rateLimited({ path: '/org_1/videos' }));
 * ```
 */
export function createHesedVidMock(options: HesedVidMockOptions = {}): ProviderMock & {
  /** The in-memory state behind the handlers (inspect or change it in tests). */
  readonly state: HesedVidMockState;
} {
  const fresh = () => ({ environments: defaultHesedVidEnvironments.map((environment) => ({ ...environment })) });
  const state: HesedVidMockState = { videos: new Map(), windows: new Map(), storage: createSignedStorage('hesedvid'), ...fresh() };
  const { kernel, handlers } = createKernel(state, options);
  const reset = () => {
    state.videos.clear();
    state.windows.clear();
    state.storage.reset();
    Object.assign(state, fresh());
    kernel.requests.length = 0;
  };
  const { requests, violations, assertNoViolations } = kernel;
  return { profile: hesedvidProfile, handlers, scenarios: hesedvidScenarios, state, reset, requests, violations, assertNoViolations };
}
