import type { components } from '@conduit/specs/hesedvid';
import type { WindowCount } from '../kernel/rate-limit-windows.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import type { HesedVidMockBucket } from './hesedvid-profile.js';

type Schemas = components['schemas'];

/** Where a mock video is in its life: `uploading` until start-processing, then `transcoding`, then `ready` or `failed`. */
export type HesedVidMockLifecycle = 'uploading' | Schemas['VideoStatus'];

/** A video the mock keeps. */
export interface HesedVidMockVideo {
  /** List/detail ID, `vid_…`. */
  id: string;
  /** Public ID returned by upload-url, `pubvid_…` (same suffix as `id`); per-video paths take either. */
  publicId: string;
  /** Organization that owns the video. */
  orgId: string;
  /** Canonical environment ID (`env_prod_…`). */
  environmentId: string;
  /** Display name. */
  name: string;
  /** Uploaded file's name. */
  fileName: string;
  /** Uploaded file's size in bytes. */
  fileSize: number;
  /** Uploaded file's content type. */
  contentType: Schemas['VideoContentType'];
  /** Object key in the signed storage. */
  objectKey: string;
  /** Where the video is in its life. */
  lifecycle: HesedVidMockLifecycle;
  /** Status polls left before a `transcoding` video finishes. */
  pollsLeft: number;
  /** When it was created, ISO date-time. */
  createdAt: string;
  /** Duration in seconds. */
  durationSeconds: number;
  /** Playable without a signed URL. */
  allowPublicAccess: boolean;
  /** Requested transcoding quality. */
  videoQuality: Schemas['VideoQuality'];
  /** Soft delete: hidden and unplayable, kept for analytics. */
  deleted: boolean;
  /** The raw upload-url body, for assertions. */
  uploadRequest: Record<string, unknown>;
}

/** A share link the mock issued. */
export interface HesedVidMockShareLink {
  /** Public ID of the shared video. */
  publicId: string;
  /** The link's access token (a secret of the link). */
  token: string;
  /** Hours the link stays valid, when limited. */
  expirationHours: number | undefined;
  /** Views allowed, when limited. */
  maxViews: number | undefined;
  /** The only viewer allowed, when restricted. */
  viewerEmail: string | undefined;
}

/** One rate-limit window of one key and bucket. */
export type HesedVidMockWindow = WindowCount;

/** Everything a HesedVid mock remembers. */
export interface HesedVidMockState {
  /** Videos by id. */
  videos: Map<string, HesedVidMockVideo>;
  /** Share links issued, in order. */
  shareLinks: HesedVidMockShareLink[];
  /** Signed playback URLs issued, in order. */
  playbackUrls: string[];
  /** The organization's environments. */
  environments: Array<{
    /** Environment ID (`env_prod_…`). */
    id: string;
    /** Display name. */
    name: string;
  }>;
  /** Windows per `<key>:<bucket>`. */
  windows: Map<string, HesedVidMockWindow>;
  /** Requests answered per bucket (after the key check). */
  requests: Record<HesedVidMockBucket, number>;
  /** The object store behind the signed upload URLs. */
  storage: SignedStorage;
  /** Ids issued so far (seeds the next id). */
  counter: number;
}

/** The environments a fresh mock organization has. */
export const defaultHesedVidEnvironments: ReadonlyArray<{
  /** Environment ID (`env_prod_…`). */
  id: string;
  /** Display name. */
  name: string;
}> = [
  { id: 'env_prod_123456789', name: 'prod' },
  { id: 'env_staging_123456789', name: 'staging' },
  { id: 'env_dev_123456789', name: 'dev' },
];

/** A fresh state around a signed storage. */
export function createHesedVidState(storage: SignedStorage, environments = defaultHesedVidEnvironments): HesedVidMockState {
  return {
    videos: new Map(),
    shareLinks: [],
    playbackUrls: [],
    environments: environments.map((environment) => ({ ...environment })),
    windows: new Map(),
    requests: { general: 0, video: 0, analytics: 0 },
    storage,
    counter: 0,
  };
}

/** Clears videos, links, windows, counters and stored uploads. */
export function resetHesedVidState(state: HesedVidMockState, environments = defaultHesedVidEnvironments): void {
  state.videos.clear();
  state.shareLinks.length = 0;
  state.playbackUrls.length = 0;
  state.environments = environments.map((environment) => ({ ...environment }));
  state.windows.clear();
  state.requests = { general: 0, video: 0, analytics: 0 };
  state.storage.reset();
  state.counter = 0;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 16-character ID suffix, unique within the state. */
export function nextSuffix(state: HesedVidMockState): string {
  state.counter++;
  let suffix = '';
  for (let index = 0; index < 12; index++) {
    suffix += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return `${suffix}${state.counter.toString(36).padStart(4, '0')}`;
}

/** The environment an `envID` path value names (an ID or a slug). */
export function findEnvironment(state: HesedVidMockState, envID: string): { id: string; name: string } | undefined {
  return state.environments.find((environment) => environment.id === envID || environment.name === envID);
}

/** A live (not deleted) video of `orgId` by public ID or list ID. */
export function findVideo(state: HesedVidMockState, orgId: string, videoId: string, includeDeleted = false): HesedVidMockVideo | undefined {
  for (const video of state.videos.values()) {
    if (video.orgId === orgId && (video.publicId === videoId || video.id === videoId) && (includeDeleted || !video.deleted)) {
      return video;
    }
  }
  return undefined;
}

/** Adds a finished video directly (for list and filter tests); returns it. */
export function seedHesedVidVideo(
  state: HesedVidMockState,
  video: Partial<HesedVidMockVideo> & { orgId: string; name: string },
): HesedVidMockVideo {
  const suffix = nextSuffix(state);
  const stored: HesedVidMockVideo = {
    id: `vid_${suffix}`,
    publicId: `pubvid_${suffix}`,
    environmentId: state.environments[0]?.id ?? 'env_prod_123456789',
    fileName: `${video.name}.mp4`,
    fileSize: 1_000_000,
    contentType: 'video/mp4',
    objectKey: `seeded/${suffix}.mp4`,
    lifecycle: 'ready',
    pollsLeft: 0,
    createdAt: new Date().toISOString(),
    durationSeconds: 60,
    allowPublicAccess: false,
    videoQuality: 'standard',
    deleted: false,
    uploadRequest: {},
    ...video,
  };
  state.videos.set(stored.publicId, stored);
  return stored;
}
