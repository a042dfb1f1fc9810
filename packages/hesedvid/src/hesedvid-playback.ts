import { ConfigurationError, ResponseValidationError } from '@conduit/core';
import * as z from 'zod/mini';
import { checkOptions } from './hesedvid-check-options.js';
import { callFetch, type HesedVidContext, type RequestOptions, requireVideoId } from './hesedvid-context.js';
import { openObjectSchema, unwrapBody } from './hesedvid-envelope.js';

/** Options of `playback.signedUrl`. */
export interface HesedVidSignedUrlOptions {
  /** Lifetime in milliseconds (whole minutes) or as HesedVid writes it (`15m`, `4h`); default 1 hour, range enforced by HesedVid. */
  expiresIn?: number | string | undefined;
  /** Domains allowed to play the URL (an array, or HesedVid's comma-separated string). */
  domains?: readonly string[] | string | undefined;
}

/** A signed playback URL for a private video. */
export interface HesedVidSignedPlaybackUrl {
  /** The HLS URL carrying the JWT token; hand it to any HLS player. */
  url: string;
  /** When the token expires, when HesedVid said. */
  expiresAt: Date | undefined;
  /** The whole answer (HesedVid documents none of its fields). */
  body: Record<string, unknown>;
}

/** `client.playback`. */
export interface HesedVidPlayback {
  /** A time-limited playback URL for a private video (`getSignedPlaybackUrl`); call it from your backend. */
  signedUrl(videoId: string, options?: HesedVidSignedUrlOptions, requestOptions?: RequestOptions): Promise<HesedVidSignedPlaybackUrl>;
}

const minute = 60_000;
const hour = 60 * minute;
const domainPattern = /^[A-Za-z0-9*]([A-Za-z0-9*.-]*[A-Za-z0-9])?(:\d{1,5})?$/;

function isLifetime(value: unknown): value is number | string {
  if (typeof value === 'string') {
    return /^[1-9][0-9]*[mh]$/.test(value);
  }
  return typeof value === 'number' && Number.isInteger(value) && value >= minute && value % minute === 0;
}

function isDomainList(value: unknown): value is string | readonly string[] {
  return (
    (typeof value === 'string' && value !== '') ||
    (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))
  );
}

const playbackShape = {
  expiresIn: z.optional(
    z.custom<number | string>(isLifetime, 'must be milliseconds in whole minutes (e.g. 900000) or a lifetime such as "15m" or "4h"'),
  ),
  domains: z.optional(z.custom<string | readonly string[]>(isDomainList, 'must be a non-empty list of domain names')),
};

/** `900000` -> `15m`, `7200000` -> `2h`; strings pass through. */
export function formatExpiration(expiresIn: number | string): string {
  if (typeof expiresIn === 'string') {
    return expiresIn;
  }
  return expiresIn % hour === 0 ? `${expiresIn / hour}h` : `${expiresIn / minute}m`;
}

function formatDomains(domains: string | readonly string[], label: string): string {
  const list = typeof domains === 'string' ? domains.split(',').map((domain) => domain.trim()) : [...domains];
  const bad = list.find((domain) => !domainPattern.test(domain));
  if (bad !== undefined) {
    throw new ConfigurationError(`${label}: invalid options: \`domains\` has "${bad}", which is not a domain name (e.g. "example.org").`);
  }
  return list.join(',');
}

const urlKeys = ['signedUrl', 'signedURL', 'url', 'playbackUrl', 'playbackURL'];

function findUrl(body: Record<string, unknown>): string | undefined {
  for (const key of urlKeys) {
    const value = body[key];
    if (typeof value === 'string' && /^https?:\/\//.test(value)) {
      return value;
    }
  }
  return Object.values(body).find((value): value is string => typeof value === 'string' && /^https?:\/\/\S+$/.test(value));
}

function readExpiry(body: Record<string, unknown>): Date | undefined {
  const value = body.expiresAt;
  if (typeof value !== 'string' && typeof value !== 'number') {
    return undefined;
  }
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Builds `client.playback` on a shared context. */
export function createPlayback(context: HesedVidContext): HesedVidPlayback {
  return {
    async signedUrl(videoId, options, requestOptions) {
      const label = 'playback.signedUrl';
      const id = requireVideoId(videoId, label);
      const parsed = checkOptions(playbackShape, options, label);
      const query = {
        expiration: parsed.expiresIn === undefined ? undefined : formatExpiration(parsed.expiresIn),
        domains: parsed.domains === undefined ? undefined : formatDomains(parsed.domains, label),
      };
      const result = await context.api.GET('/{orgID}/videos/{publicID}/signed-url', {
        params: { path: { orgID: context.orgId, publicID: id }, query },
        fetch: callFetch(context, requestOptions, label),
      });
      const body = unwrapBody(result, openObjectSchema, 'the signed playback URL');
      const url = findUrl(body);
      if (url === undefined) {
        throw new ResponseValidationError('HesedVid answered signed-url without any URL in its body', {
          status: result.response.status,
          body: JSON.stringify(body),
          url: result.response.url,
        });
      }
      return { url, expiresAt: readExpiry(body), body };
    },
  };
}
