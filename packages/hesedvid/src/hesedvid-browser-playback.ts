import type { components } from '@conduit/specs/hesedvid';
import { findPlaybackUrl } from './hesedvid-find-playback-url.js';

type Schemas = components['schemas'];

/** What a page needs to play a HesedVid video from a signed playback URL or a share link. */
export interface HesedVidPlaybackSource {
  /** The HLS master playlist URL (token included); give it to an HLS player. */
  url: string;
  /** The web-app share page with HesedVid's player, for share links. */
  pageUrl: string | undefined;
  /** When the URL stops working (the answer's `expiresAt`, else the token's `exp`), when known. */
  expiresAt: Date | undefined;
  /** True when `expiresAt` has passed: ask your server for a new URL. */
  expired: boolean;
  /** True when the URL carries an access token (a private video or a limited link). */
  private: boolean;
}

/** The `exp` claim (epoch seconds) of the JWT in a URL's `token` parameter, in milliseconds. */
function tokenExpiry(url: string): number | undefined {
  try {
    const payload = /[?&]token=[^.&]+\.([^.&]+)/.exec(url)?.[1] ?? '';
    const exp = (JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** An `expiresAt` as HesedVid writes it (ISO 8601, or Unix seconds) in milliseconds. */
function readExpiry(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return value * 1000;
  }
  return typeof value === 'string' ? Date.parse(value) : undefined;
}

function isShareLink(link: object): link is Schemas['ShareLink'] {
  return typeof (link as { directUrl?: unknown }).directUrl === 'string';
}

/**
 * Reads a signed playback URL, HesedVid's `getSignedPlaybackUrl` answer (`playback.signedUrl`,
 * handed over by your server) or a share link (`shareLinks.create`'s answer) into the playlist URL,
 * its expiry and whether it is private, without any request. HesedVid's playback tokens are JWTs
 * whose `exp` says when they end.
 *
 * @example
 * ```ts
 * import { readHesedVidPlayback } from '@conduit/hesedvid/browser';
 * declare const hls: { loadSource(url: string): void };
 * declare function refresh(): void;
 * const source = readHesedVidPlayback(await (await fetch('/api/playback/pubvid_1')).json());
 * if (source.expired) refresh(); else hls.loadSource(source.url);
 * ```
 */
export function readHesedVidPlayback(
  link: string | Schemas['ShareLink'] | Schemas['SignedPlaybackUrlResponse']['body'],
  options: { now?: number | undefined } = {},
): HesedVidPlaybackSource {
  const answer = typeof link === 'string' ? undefined : link;
  const share = answer !== undefined && isShareLink(answer) ? answer : undefined;
  const url = typeof link === 'string' ? link : (share?.directUrl ?? findPlaybackUrl(link) ?? '');
  const at = readExpiry(answer?.expiresAt) ?? tokenExpiry(url);
  const expiresAt = at === undefined || Number.isNaN(at) ? undefined : new Date(at);
  return {
    url,
    pageUrl: share?.webAppUrl,
    expiresAt,
    expired: expiresAt !== undefined && expiresAt.getTime() <= (options.now ?? Date.now()),
    private: /[?&]token=/.test(url),
  };
}
