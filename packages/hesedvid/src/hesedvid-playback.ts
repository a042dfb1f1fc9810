import { type APIPromise, ConfigurationError, callApi, type RequestOptions, ResponseValidationError, readJson } from '@conduit/core';
import type { components } from '@conduit/specs/hesedvid';
import * as z from 'zod/mini';
import { checkOptions } from './hesedvid-check-options.js';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer, openObjectSchema } from './hesedvid-envelope.js';
import { findPlaybackUrl } from './hesedvid-find-playback-url.js';
import { requireVideoId } from './hesedvid-require-video-id.js';

/** Options of `playback.signedUrl`. */
export interface HesedVidSignedUrlOptions {
  /** Lifetime in milliseconds (whole minutes) or as HesedVid writes it (`15m`, `4h`); default 1 hour, range enforced by HesedVid. */
  expiresIn?: number | string | undefined;
  /** Domains allowed to play the URL (an array, or HesedVid's comma-separated string). */
  domains?: readonly string[] | string | undefined;
}

/**
 * HesedVid's `getSignedPlaybackUrl` answer as is. HesedVid documents none of its fields; its example
 * has `signedUrl` (the HLS URL carrying the JWT) and `expiresAt`. The client checks that it holds a
 * URL; `readHesedVidPlayback(answer)` gives that URL and its expiry as a `Date`.
 */
export type HesedVidSignedPlaybackUrl = components['schemas']['SignedPlaybackUrlResponse']['body'];

/** `client.playback`. */
export interface HesedVidPlayback {
  /** A time-limited playback URL for a private video (`getSignedPlaybackUrl`); call it from your backend. */
  signedUrl(videoId: string, options?: HesedVidSignedUrlOptions, requestOptions?: RequestOptions): APIPromise<HesedVidSignedPlaybackUrl>;
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

/** Builds `client.playback` on a shared context. */
export function createPlayback(context: HesedVidContext): HesedVidPlayback {
  return {
    signedUrl(videoId, options, requestOptions) {
      const label = 'playback.signedUrl';
      return callApi(context.transport, {
        label,
        options: requestOptions,
        send: (fetch) => {
          const publicID = requireVideoId(videoId, label);
          const parsed = checkOptions(playbackShape, options, label);
          const query = {
            expiration: parsed.expiresIn === undefined ? undefined : formatExpiration(parsed.expiresIn),
            domains: parsed.domains === undefined ? undefined : formatDomains(parsed.domains, label),
          };
          return context.api.GET('/{orgID}/videos/{publicID}/signed-url', {
            params: { path: { orgID: context.orgId, publicID }, query },
            fetch,
          });
        },
        read: (result) => {
          const body = readJson<HesedVidSignedPlaybackUrl>(result, hesedvidAnswer(label, openObjectSchema));
          if (findPlaybackUrl(body) === undefined) {
            throw new ResponseValidationError('HesedVid answered signed-url without any URL in its body', {
              status: result.response.status,
              body: JSON.stringify(body),
              url: result.response.url,
            });
          }
          return body;
        },
      });
    },
  };
}
