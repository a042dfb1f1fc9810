import type { components } from '@conduit/specs/hesedvid';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { checkExpiration, checkShareLinkRequest } from './hesedvid-checks.js';
import { type HesedVidRouteContext, hesedvidRoute, refuse } from './hesedvid-route.js';
import { findVideo, nextSuffix } from './hesedvid-state.js';

type Schemas = components['schemas'];

const base64Url = (value: string) => btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A JWT-shaped playback token (issuer `hesedvid`, audience the public ID); the signature is fake. */
export function fakePlaybackToken(publicId: string, expiresAtMs: number, domains: string | undefined): string {
  const header = base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64Url(
    JSON.stringify({ iss: 'hesedvid', aud: publicId, exp: Math.floor(expiresAtMs / 1000), ...(domains ? { domains } : {}) }),
  );
  return `${header}.${payload}.${base64Url(`mock-signature-${publicId}`)}`;
}

/** Share links and signed playback URLs. */
export function createHesedVidDeliveryHandlers(context: HesedVidRouteContext): Record<string, MockRouteHandler> {
  const { state } = context;
  return {
    createShareLink: hesedvidRoute(context, ({ params, body, now }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '');
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      const checked = checkShareLinkRequest(body);
      if (!checked.ok) {
        return refuse(400, 'invalid_request', checked.problem);
      }
      const { expirationHours, maxViews, viewerEmail } = checked.value;
      const token = nextSuffix(state);
      const type: Schemas['LinkAccessType'] =
        video.allowPublicAccess && maxViews === undefined && viewerEmail === undefined && expirationHours === undefined
          ? 'public'
          : 'private';
      state.shareLinks.push({ publicId: video.publicId, token, expirationHours, maxViews, viewerEmail });
      const answer: Schemas['ShareLinkResponse'] = {
        body: {
          webAppUrl: `https://app.hesedvid.com/share/${video.publicId}?token=${token}`,
          webAppUrlType: type,
          directUrl: `https://worker.hesedvid.com/${video.publicId}/master.m3u8?token=${token}`,
          directUrlType: type,
          ...(expirationHours === undefined ? {} : { expiresAt: new Date(now + expirationHours * 3_600_000).toISOString() }),
          publicId: video.publicId,
          videoName: video.name,
          token,
        },
      };
      return HttpResponse.json(answer);
    }),
    getSignedPlaybackUrl: hesedvidRoute(context, ({ params, query, now }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '');
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      const expiration = checkExpiration(query.get('expiration'));
      if (!expiration.ok) {
        return refuse(400, 'invalid_request', expiration.problem);
      }
      const domains = query.get('domains') ?? undefined;
      if (domains?.split(',').some((domain) => domain.trim() === '')) {
        return refuse(400, 'invalid_request', 'domains must be a comma-separated list of domain names');
      }
      const expiresAt = now + expiration.value;
      const signedUrl = `https://worker.hesedvid.com/${video.publicId}/master.m3u8?token=${fakePlaybackToken(video.publicId, expiresAt, domains)}`;
      state.playbackUrls.push(signedUrl);
      const answer: Schemas['SignedPlaybackUrlResponse'] = { body: { signedUrl, expiresAt: new Date(expiresAt).toISOString() } };
      return HttpResponse.json(answer);
    }),
  };
}
