import { type APIPromise, callApi, type RequestOptions, readJson } from '@conduit/core';
import * as z from 'zod/mini';
import { checkOptions } from './hesedvid-check-options.js';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer } from './hesedvid-envelope.js';
import { requireVideoId } from './hesedvid-require-video-id.js';
import type { HesedVidShareLink } from './hesedvid-types.js';

/** Limits of a share link; all optional (an empty object makes a link with default access). */
export interface HesedVidShareLinkOptions {
  /** The link expires after this many hours (whole number, 1-168). */
  expirationHours?: number | undefined;
  /** Maximum number of views (whole number, 1-1000). */
  maxViews?: number | undefined;
  /** Only this viewer may open the link (an email address). */
  viewerEmail?: string | undefined;
}

/** `client.shareLinks`. */
export interface HesedVidShareLinks {
  /** Creates a web-app and a direct HLS share link (`createShareLink`); limits are checked before sending. */
  create(videoId: string, options?: HesedVidShareLinkOptions, requestOptions?: RequestOptions): APIPromise<HesedVidShareLink>;
}

// zod's own email pattern (zod/v4/core/regexes.js) as a plain regex check: `z.email()` would pull
// the string-format schema kind, and its whole regex table, for this one field.
const emailPattern = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const shareLinkShape = {
  expirationHours: z.optional(
    z
      .int('must be a whole number of hours')
      .check(z.minimum(1, 'must be at least 1 hour'), z.maximum(168, 'must be at most 168 hours (7 days)')),
  ),
  maxViews: z.optional(
    z.int('must be a whole number').check(z.minimum(1, 'must be a positive number of views'), z.maximum(1000, 'must be at most 1000')),
  ),
  viewerEmail: z.optional(z.string('must be a valid email address').check(z.regex(emailPattern, 'must be a valid email address'))),
};

const shareLinkSchema = z.looseObject({
  webAppUrl: z.string(),
  webAppUrlType: z.string(),
  directUrl: z.string(),
  directUrlType: z.string(),
  publicId: z.string(),
});

/** Builds `client.shareLinks` on a shared context. */
export function createShareLinks(context: HesedVidContext): HesedVidShareLinks {
  return {
    create(videoId, options, requestOptions) {
      const label = 'shareLinks.create';
      return callApi(context.transport, {
        label,
        options: requestOptions,
        send: (fetch) => {
          const publicID = requireVideoId(videoId, label);
          const body = checkOptions(shareLinkShape, options, label);
          return context.api.POST('/{orgID}/videos/{publicID}/share', {
            params: { path: { orgID: context.orgId, publicID } },
            body,
            fetch,
          });
        },
        read: (result) => readJson<HesedVidShareLink>(result, hesedvidAnswer(label, shareLinkSchema)),
      });
    },
  };
}
