import type { components } from '@conduit/specs/apivideo';
import type { WindowCount } from '../kernel/rate-limit-windows.js';
import type { MockValidationOptions } from '../provider-mock.js';

type Schemas = components['schemas'];

/** The three rate-limit classes of api.video. */
export type ApiVideoMockBucket = 'upload' | 'write' | 'read';

/** Options of `createApiVideoMock`. */
export interface ApiVideoMockOptions extends MockValidationOptions {
  /** Origin the handlers answer on (default `https://ws.api.video`; use `https://sandbox.api.video` for sandbox clients). */
  baseUrl?: string;
  /** Clock in epoch milliseconds for token expiry, rate-limit windows and dates (default `Date.now`). */
  now?: () => number;
  /** Requests per minute per bucket (default: production upload 100, write 200, read 500; sandbox 40, 40, 100). */
  limits?: Partial<Record<ApiVideoMockBucket, number>>;
  /** Status reads before an uploaded video becomes playable (default 1). */
  encodingPolls?: number;
  /** Deleting a video discards it (restorable for 90 days) instead of deleting it (default false). */
  videoRestore?: boolean;
  /** Most webhooks the account may have before `webhook-limit-reached` (default 20). */
  maxWebhooks?: number;
}

/** A received byte range of a chunked upload. */
export interface ApiVideoMockRange {
  /** First byte offset of the range. */
  from: number;
  /** Last byte offset of the range (inclusive). */
  to: number;
}

/** A chunked (or one-request) upload into one video. */
export interface ApiVideoMockUpload {
  /** `bytes` or `part`: a session cannot mix styles. */
  style: 'bytes' | 'part' | 'whole' | undefined;
  /** Byte ranges received so far, in arrival order. */
  ranges: ApiVideoMockRange[];
  /** Total size once a chunk declared it. */
  total: number | undefined;
  /** Bytes received, in order. */
  parts: Uint8Array[];
  /** The final chunk (or the whole file) arrived. */
  complete: boolean;
  /** File name sent with the upload, when any. */
  fileName: string | undefined;
}

/** A stored video and what the mock tracks about it. */
export interface ApiVideoMockVideo {
  /** The video as the API returns it. */
  video: Schemas['Video'];
  /** The upload into this video. */
  upload: ApiVideoMockUpload;
  /** Status reads since the upload completed. */
  statusPolls: number;
  /** Created by a delegated upload (POST /upload without videoId). */
  createdByToken: boolean;
}

/** One request as the mock received it. */
export interface ApiVideoMockRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path after the base URL, e.g. `/videos/vi123/source`. */
  path: string;
  /** Query string without `?` as sent (not re-encoded). */
  search: string;
  /** Full request URL. */
  url: string;
  /** Request headers, lower-case names, as received (auth headers included: do not log them). */
  headers: Record<string, string>;
  /** Rate-limit bucket the request counted against. */
  bucket: ApiVideoMockBucket;
  /** Multipart fields other than `file`, e.g. `videoId` on delegated chunks. */
  fields: Record<string, string>;
  /** Size of the `file` part, when there was one. */
  fileSize: number | undefined;
  /** Status the mock answered with (scenarios answering first do not reach the mock). */
  status: number | undefined;
}

/** In-memory state behind the api.video handlers. */
export interface ApiVideoMockState {
  /** Origin the handlers answer on. */
  readonly baseUrl: string;
  /** Clock in epoch milliseconds. */
  readonly now: () => number;
  /** The options with defaults applied. */
  readonly options: Required<Omit<ApiVideoMockOptions, 'baseUrl' | 'now' | 'limits' | 'validate'>> & {
    /** Requests per minute per bucket. */
    limits: Record<ApiVideoMockBucket, number>;
  };
  /** Videos by id. */
  videos: Map<string, ApiVideoMockVideo>;
  /** Delegated upload tokens by token id. */
  uploadTokens: Map<string, Schemas['UploadToken']>;
  /** Captions by video id, then language. */
  captions: Map<string, Map<string, Schemas['Caption']>>;
  /** Chapters by video id, then language. */
  chapters: Map<string, Map<string, Schemas['Chapter']>>;
  /** Summaries by summary id, with their source and how often they were read. */
  summaries: Map<
    string,
    {
      /** The summary as the API returns it. */
      summary: Schemas['Summary'];
      /** Its editable source (abstract, takeaways). */
      source: Schemas['SummarySource'];
      /** Reads so far (a `waiting` summary becomes ready after the first). */
      reads: number;
    }
  >;
  /** Watermarks by id. */
  watermarks: Map<string, Schemas['Watermark']>;
  /** Live streams by id. */
  liveStreams: Map<string, Schemas['LiveStream']>;
  /** Player themes by id. */
  players: Map<string, Schemas['PlayerTheme']>;
  /** Webhooks by id. */
  webhooks: Map<string, Schemas['Webhook']>;
  /** Issued bearer tokens: access token -> expiry (epoch ms) and key. */
  accessTokens: Map<
    string,
    {
      /** When the access token expires, epoch milliseconds. */
      expiresAt: number;
      /** The API key (secret) the token was issued for. */
      key: string;
    }
  >;
  /** Issued refresh tokens -> key. */
  refreshTokens: Map<string, string>;
  /** Every request that reached the mock, in order. */
  requests: ApiVideoMockRequest[];
  /** Per-bucket windows: requests counted and when the window resets (epoch ms). */
  windows: Map<string, WindowCount>;
  /** Ids issued so far (seeds `nextId`). */
  counter: number;
  /** Makes every issued access token expired (the next bearer call answers 401). */
  expireAccessTokens(): void;
  /** A new id with the API's prefix (`vi`, `li`, `pl`, `to`, `summary_`, `watermark_`, `webhook_`). */
  nextId(prefix: string): string;
  /** ISO date-time of the mock clock. */
  timestamp(offsetMs?: number): string;
  /** Clears everything. */
  reset(): void;
}

const productionLimits: Record<ApiVideoMockBucket, number> = { upload: 100, write: 200, read: 500 };
const sandboxLimits: Record<ApiVideoMockBucket, number> = { upload: 40, write: 40, read: 100 };
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Creates a fresh, empty state. */
export function createApiVideoState(options: ApiVideoMockOptions = {}): ApiVideoMockState {
  const now = options.now ?? Date.now;
  const baseUrl = (options.baseUrl ?? 'https://ws.api.video').replace(/\/+$/, '');
  const defaultLimits = baseUrl.includes('sandbox') ? sandboxLimits : productionLimits;
  const state: ApiVideoMockState = {
    baseUrl,
    now,
    options: {
      limits: { ...defaultLimits, ...options.limits },
      encodingPolls: options.encodingPolls ?? 1,
      videoRestore: options.videoRestore ?? false,
      maxWebhooks: options.maxWebhooks ?? 20,
    },
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
    requests: [],
    windows: new Map(),
    counter: 0,
    expireAccessTokens() {
      for (const entry of state.accessTokens.values()) {
        entry.expiresAt = 0;
      }
    },
    nextId(prefix) {
      state.counter++;
      let suffix = '';
      let seed = state.counter * 7919 + prefix.length;
      for (let index = 0; index < 20; index++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        suffix += alphabet[seed % alphabet.length];
      }
      return `${prefix}${state.counter.toString(36)}${suffix}`.slice(0, prefix.length + 22);
    },
    timestamp(offsetMs = 0) {
      return new Date(now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    },
    reset() {
      for (const value of Object.values(state)) {
        if (value instanceof Map) {
          value.clear();
        }
      }
      state.requests.length = 0;
      state.counter = 0;
    },
  };
  return state;
}
