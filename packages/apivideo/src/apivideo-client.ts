import { ConfigurationError, createClientTransport, type Middleware, type Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/apivideo';
import createClient, { type Client } from 'openapi-fetch';
import { type ApiVideoAnalytics, createAnalyticsNamespace } from './apivideo-analytics.js';
import { type ApiVideoCaptions, createCaptionsNamespace } from './apivideo-captions.js';
import { type ApiVideoChapters, createChaptersNamespace } from './apivideo-chapters.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { createApiVideoDefinition } from './apivideo-definition.js';
import { resolveTarget } from './apivideo-environment.js';
import { parseApiVideoError } from './apivideo-error.js';
import { withEnvironmentHint } from './apivideo-error-hint.js';
import { type ApiVideoLiveStreams, createLiveStreamsNamespace } from './apivideo-live-streams.js';
import { type ApiVideoClientOptions, type ApiVideoEnvironment, apivideoOptionKeys } from './apivideo-options.js';
import { type ApiVideoPlayers, createPlayersNamespace } from './apivideo-players.js';
import { serializeApiVideoQuery } from './apivideo-query.js';
import { apivideoRateLimitMiddleware } from './apivideo-rate-limit-middleware.js';
import { type ApiVideoSummaries, createSummariesNamespace } from './apivideo-summaries.js';
import { type ApiVideoTags, createTagsNamespace } from './apivideo-tags.js';
import { type ApiVideoUploadTokens, createUploadTokensNamespace } from './apivideo-upload-tokens.js';
import { type ApiVideoVideos, createVideosNamespace } from './apivideo-videos.js';
import { type ApiVideoWatermarks, createWatermarksNamespace } from './apivideo-watermarks.js';
import { type ApiVideoWebhooks, createWebhooksNamespace } from './apivideo-webhooks.js';

/** An api.video client: one namespace per resource, the raw typed client and the shared transport. */
export interface ApiVideoClient {
  /** Videos: CRUD, chunked/resumable upload, delegated upload, thumbnails, status, discarded videos. */
  videos: ApiVideoVideos;
  /** Delegated upload tokens. */
  uploadTokens: ApiVideoUploadTokens;
  /** Caption tracks (WebVTT). */
  captions: ApiVideoCaptions;
  /** Chapter tracks (WebVTT). */
  chapters: ApiVideoChapters;
  /** Project tags. */
  tags: ApiVideoTags;
  /** Video summaries. */
  summaries: ApiVideoSummaries;
  /** Watermark images. */
  watermarks: ApiVideoWatermarks;
  /** Live streams. */
  liveStreams: ApiVideoLiveStreams;
  /** Player themes. */
  players: ApiVideoPlayers;
  /** Metrics, breakdowns and time series. */
  analytics: ApiVideoAnalytics;
  /** Webhook subscriptions. */
  webhooks: ApiVideoWebhooks;
  /** The raw openapi-fetch client on the same transport (same auth, retries, limits and typed errors). */
  api: Client<paths>;
  /** The shared transport (`transport.stats` counts calls, attempts, retries and 429s). */
  transport: Transport;
  /** The environment the client targets (`production` unless set). */
  environment: ApiVideoEnvironment;
  /** The base URL requests go to. */
  baseUrl: string;
  /** Adds middleware (`onRequest`, `onResponse`, `onError`, `onEvent`) to every later call of this client. */
  use(...middleware: Middleware[]): void;
}

/**
 * Creates an api.video client. The key comes from `apiKey` or `APIVIDEO_API_KEY` and is sent as
 * HTTP Basic (key as user name, empty password), or exchanged for a bearer token with
 * `auth: 'token'`. Every method returns an `APIPromise` (await it for the data, `.withResponse()` for
 * the response, request id and rate-limit state) and fails with a typed error.
 *
 * @example
 * ```ts
 * import { createApiVideoClient } from '@conduit/apivideo';
 * const client = createApiVideoClient({ environment: 'sandbox' });
 * const video = await client.videos.create({ title: 'Maths video' });
 * await client.videos.upload(video.videoId, './maths.mp4', { onProgress: (p) => console.log(p.loaded, '/', p.total) });
 * for await (const item of client.videos.list({ tags: ['maths'] })) console.log(item.title);
 * ```
 */
export function createApiVideoClient(options: ApiVideoClientOptions = {}): ApiVideoClient {
  const label = 'createApiVideoClient';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError(`${label}: options must be an object.`);
  }
  const { environment, auth, tokenRefreshMarginMs, ...shared } = options;
  if (auth !== undefined && auth !== 'basic' && auth !== 'token') {
    throw new ConfigurationError(`${label}: auth must be 'basic' or 'token', got ${JSON.stringify(auth)}.`);
  }
  if (tokenRefreshMarginMs !== undefined && (!Number.isFinite(tokenRefreshMarginMs) || tokenRefreshMarginMs < 0)) {
    throw new ConfigurationError(`${label}: tokenRefreshMarginMs must be a number of milliseconds >= 0.`);
  }
  const target = resolveTarget(environment, options.baseUrl, label);
  const parseError = withEnvironmentHint(parseApiVideoError, target.target, 'key');
  const definition = createApiVideoDefinition({
    baseUrl: target.baseUrl,
    auth: auth ?? 'basic',
    parseError,
    refreshMarginMs: tokenRefreshMarginMs,
    now: options.now,
  });
  const { transport, baseUrl } = createClientTransport(
    { ...definition, middleware: [apivideoRateLimitMiddleware] },
    { ...shared, baseUrl: target.baseUrl },
    apivideoOptionKeys,
  );
  const api = createClient<paths>({ baseUrl, fetch: transport, querySerializer: serializeApiVideoQuery });
  const context: ApiVideoContext = { api, transport, baseUrl, target: target.target, options };
  return {
    videos: createVideosNamespace(context),
    uploadTokens: createUploadTokensNamespace(context),
    captions: createCaptionsNamespace(context),
    chapters: createChaptersNamespace(context),
    tags: createTagsNamespace(context),
    summaries: createSummariesNamespace(context),
    watermarks: createWatermarksNamespace(context),
    liveStreams: createLiveStreamsNamespace(context),
    players: createPlayersNamespace(context),
    analytics: createAnalyticsNamespace(context),
    webhooks: createWebhooksNamespace(context),
    api,
    transport,
    environment: target.environment,
    baseUrl,
    use: (...middleware) => transport.use(...middleware),
  };
}
