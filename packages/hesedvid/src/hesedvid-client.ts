import {
  assertKnownOptions,
  ConfigurationError,
  clientOptionKeys,
  createClientTransport,
  loadApiKey,
  type Middleware,
  type Transport,
} from '@conduit/core';
import type { paths } from '@conduit/specs/hesedvid';
import createClient, { type Client } from 'openapi-fetch';
import { createAnalytics, type HesedVidAnalytics } from './hesedvid-analytics.js';
import type { HesedVidContext } from './hesedvid-context.js';
import { createHesedVidDefinition } from './hesedvid-definition.js';
import { createEnvironments, type HesedVidEnvironments } from './hesedvid-environments.js';
import { type HesedVidClientOptions, type HesedVidKeyMode, hesedvidOptionKeys } from './hesedvid-options.js';
import { createPlayback, type HesedVidPlayback } from './hesedvid-playback.js';
import { createShareLinks, type HesedVidShareLinks } from './hesedvid-share-links.js';
import { createVideos, type HesedVidVideos } from './hesedvid-videos.js';

/** A HesedVid client scoped to one organization (and optionally one environment). */
export interface HesedVidClient {
  /** The raw typed openapi-fetch client on the same transport (same auth, retries and typed errors). */
  readonly api: Client<paths>;
  /** The shared transport, with `stats`. */
  readonly transport: Transport;
  /** `test` for an `hv_test_` key, `live` for an `hv_live_` key. */
  readonly mode: HesedVidKeyMode;
  /** The organization every path is scoped to. */
  readonly orgId: string;
  /** The default environment of uploads and environment video lists. */
  readonly environment: string | undefined;
  /** Uploads (pre-signed URL, PUT, start, poll), listings, details, deletion. */
  readonly videos: HesedVidVideos;
  /** Time-limited share links for a video. */
  readonly shareLinks: HesedVidShareLinks;
  /** Signed playback URLs, optionally locked to domains. */
  readonly playback: HesedVidPlayback;
  /** View and engagement analytics. */
  readonly analytics: HesedVidAnalytics;
  /** The organization's environments. */
  readonly environments: HesedVidEnvironments;
  /** Adds middleware (`onRequest`, `onResponse`, `onError`, `onEvent`) to every later call of this client. */
  use(...middleware: Middleware[]): void;
}

function checkScope(options: unknown): { orgId: string; environment: string | undefined } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigurationError('createHesedVidClient: pass an options object with at least `orgId`, e.g. { orgId: "org_123456789" }.');
  }
  const { orgId, environment } = options as { orgId?: unknown; environment?: unknown };
  if (typeof orgId !== 'string' || orgId.trim() === '') {
    throw new ConfigurationError(
      `createHesedVidClient: \`orgId\` is required (your organization ID, e.g. "org_123456789"); got ${orgId === '' ? 'an empty string' : typeof orgId}.`,
    );
  }
  if (environment !== undefined && (typeof environment !== 'string' || environment.trim() === '')) {
    throw new ConfigurationError(
      'createHesedVidClient: `environment` must be a non-empty environment ID or slug (e.g. "prod"), or omitted.',
    );
  }
  return { orgId, environment };
}

/**
 * Creates a HesedVid client. Checks `orgId`, the options and the key (option or `HESEDVID_API_KEY`)
 * before anything else. Every method takes `RequestOptions` last and returns an `APIPromise`: await it for
 * HesedVid's answer (the `{ body }` envelope unwrapped, field names as the API spells them), call
 * `.withResponse()` for the request id and rate limit too; failures are typed errors.
 *
 * @example
 * ```ts
 * import { createHesedVidClient } from '@conduit/hesedvid';
 * const hesedvid = createHesedVidClient({ orgId: 'org_123456789', environment: 'prod' });
 * const { videoID } = await hesedvid.videos.upload('./demo.mp4');
 * const link = await hesedvid.shareLinks.create(videoID, { expirationHours: 24 });
 * ```
 */
export function createHesedVidClient(options: HesedVidClientOptions): HesedVidClient {
  const { orgId, environment } = checkScope(options);
  assertKnownOptions(options, [...clientOptionKeys, ...hesedvidOptionKeys], 'createHesedVidClient');
  const now = options.now ?? Date.now;
  let basePath = '';
  const definition = createHesedVidDefinition({ basePath: () => basePath, now });
  const key = loadApiKey({
    apiKey: options.apiKey,
    environmentVariable: definition.environmentVariable,
    provider: definition.name,
    format: definition.keyFormat,
    formatDescription: definition.keyFormatDescription,
  });
  const { transport, baseUrl } = createClientTransport(definition, options, hesedvidOptionKeys, { auth: definition.auth(key) });
  basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  const api = createClient<paths>({ baseUrl, fetch: transport });
  const context: HesedVidContext = { api, transport, baseUrl, orgId, environment, fetch: options.fetch, now, sleep: options.sleep };
  return {
    api,
    transport,
    mode: key.startsWith('hv_test_') ? 'test' : 'live',
    orgId,
    environment,
    videos: createVideos(context),
    shareLinks: createShareLinks(context),
    playback: createPlayback(context),
    analytics: createAnalytics(context),
    environments: createEnvironments(context),
    use: (...middleware) => transport.use(...middleware),
  };
}
