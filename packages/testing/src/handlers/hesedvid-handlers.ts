import type { components } from '@conduit/specs/hesedvid';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { type HesedVidRequest, type HesedVidRouteContext, hesedvidRoute, refuse } from './hesedvid-route.js';
import { findEnvironment, findVideo, type HesedVidMockState, type HesedVidMockVideo, nextSuffix } from './hesedvid-state.js';

type Schemas = components['schemas'];
type Listed = HesedVidMockVideo & { lifecycle: Schemas['VideoStatus'] };

/** Which documented upload-url answer the mock sends. */
export type HesedVidUploadUrlShape = 'guide' | 'reference' | 'reference-without-id';

/** Upload settings of the mock. */
export interface HesedVidUploadSettings {
  uploadUrlShape: HesedVidUploadUrlShape;
  processingPolls: number;
  processingOutcome: (video: HesedVidMockVideo) => 'ready' | 'failed';
}

const extensions: Record<Schemas['VideoContentType'], string> = {
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/x-msvideo': 'avi',
  'video/webm': 'webm',
  'video/x-matroska': 'mkv',
};
const byExtension = Object.fromEntries(Object.entries(extensions).map(([type, extension]) => [extension, type])) as Record<
  string,
  Schemas['VideoContentType']
>;

const base64Url = (value: string) => btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A JWT-shaped playback token (issuer `hesedvid`, audience the public ID); the signature is fake. */
export function fakePlaybackToken(publicId: string, expiresAtMs: number, domains: string | undefined): string {
  const header = base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64Url(
    JSON.stringify({ iss: 'hesedvid', aud: publicId, exp: Math.floor(expiresAtMs / 1000), ...(domains ? { domains } : {}) }),
  );
  return `${header}.${payload}.${base64Url(`mock-signature-${publicId}`)}`;
}

/** A stored video as the list and detail endpoints show it. */
export function toHesedVidVideo(video: Listed): Schemas['Video'] {
  const whole = Math.round(video.durationSeconds);
  return {
    id: video.id,
    name: video.name,
    duration: `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`,
    durationSeconds: video.durationSeconds,
    createdAt: video.createdAt,
    thumbnailUrl: `https://worker.hesedvid.com/t/${video.id}/320x180.jpg`,
    description: null,
    status: video.lifecycle,
    served: '0 views',
    allowPublicAccess: video.allowPublicAccess,
    videoQuality: video.videoQuality,
  };
}

const sorters: Record<string, (left: HesedVidMockVideo, right: HesedVidMockVideo) => number> = {
  created_at: (left, right) => left.createdAt.localeCompare(right.createdAt),
  name: (left, right) => left.name.localeCompare(right.name),
  duration: (left, right) => left.durationSeconds - right.durationSeconds,
  status: (left, right) => left.lifecycle.localeCompare(right.lifecycle),
};

const isListed = (video: HesedVidMockVideo): video is Listed => !video.deleted && video.lifecycle !== 'uploading';

/** A page of the organization's (or one environment's) listed videos; the kernel checked the query's enums and ranges. */
function listAnswer(state: HesedVidMockState, { params, query }: HesedVidRequest, environmentId: string | undefined): Response {
  const [page, pageSize] = [Number(query.get('page') ?? 1), Number(query.get('pageSize') ?? 20)];
  const [status, search, from, to] = ['status', 'search', 'from', 'to'].map((name) => query.get(name) ?? undefined);
  const matching = [...state.videos.values()]
    .filter(isListed)
    .filter((video) => video.orgId === params.orgID && (environmentId === undefined || video.environmentId === environmentId))
    .filter((video) => (status === undefined || video.lifecycle === status) && (from === undefined || video.createdAt.slice(0, 10) >= from))
    .filter(
      (video) =>
        (search === undefined || video.name.toLowerCase().includes(search.toLowerCase())) &&
        (to === undefined || video.createdAt.slice(0, 10) <= to),
    )
    .sort((left, right) => (query.get('sortDir') === 'asc' ? 1 : -1) * (sorters[query.get('sortBy') ?? 'created_at']?.(left, right) ?? 0));
  const videos = matching.slice((page - 1) * pageSize, page * pageSize).map(toHesedVidVideo);
  return HttpResponse.json({
    body: { videos, pagination: { total: matching.length, page, pageSize, totalPages: Math.ceil(matching.length / pageSize) } },
  });
}

// Deterministic fake delivery: each playback URL or share link issued counts as one full view
// (duration / 6 segments); the rendition mix is fixed at 50 % 1080p, 35 % 720p, 15 % 480p.
function segmentsServed(state: HesedVidMockState, video: HesedVidMockVideo): number {
  const views =
    state.playbackUrls.filter((url) => url.includes(`/${video.publicId}/`)).length +
    state.shareLinks.filter((link) => link.publicId === video.publicId).length;
  return views * Math.ceil(video.durationSeconds / 6);
}

function resolutions(total: number): Array<{ resolution: string; segmentsServed: number }> {
  const [p1080, p720] = [Math.round(total * 0.5), Math.round(total * 0.35)];
  return [
    { resolution: '1080p', segmentsServed: p1080 },
    { resolution: '720p', segmentsServed: p720 },
    { resolution: '480p', segmentsServed: total - p1080 - p720 },
  ];
}

/**
 * Every HesedVid operation: upload-url, start-processing and status (a video moves uploading ->
 * transcoding -> ready/failed over status polls), video lists (paged, filtered, sorted), details
 * and soft delete, share links and signed playback URLs, and analytics computed from the state
 * (deleted videos still count).
 */
export function createHesedVidOperationHandlers(
  context: HesedVidRouteContext,
  settings: HesedVidUploadSettings,
): Record<string, MockRouteHandler> {
  const { state } = context;
  /** A route on the video `{publicID}` of `{orgID}` (404 when unknown). */
  const videoRoute = (handle: (video: HesedVidMockVideo, input: HesedVidRequest) => Response, includeDeleted = false) =>
    hesedvidRoute(context, (input) => {
      const video = findVideo(state, input.params.orgID ?? '', input.params.publicID ?? '', includeDeleted);
      return video ? handle(video, input) : refuse(404, 'video_not_found', `No video "${input.params.publicID}"`);
    });
  const environmentRoute = (handle: (environment: { id: string }, input: HesedVidRequest) => Response) =>
    hesedvidRoute(context, (input) => {
      const environment = findEnvironment(state, input.params.envID ?? '');
      return environment
        ? handle(environment, input)
        : refuse(404, 'environment_not_found', `No environment "${input.params.envID}" in this organization`);
    });
  const videosOf = (orgId: string) =>
    [...state.videos.values()].filter((video) => video.orgId === orgId && video.lifecycle !== 'uploading');
  const totalSegments = (orgId: string) => videosOf(orgId).reduce((sum, video) => sum + segmentsServed(state, video), 0);
  const sum = (videos: HesedVidMockVideo[], field: 'durationSeconds' | 'fileSize') =>
    videos.reduce((total, video) => total + video[field], 0);
  const report = (body: Schemas['AnalyticsResponse']['body']) => HttpResponse.json({ body });
  const lifecycle = (video: HesedVidMockVideo) => HttpResponse.json({ body: { videoID: video.publicId, status: video.lifecycle } });
  return {
    // The upload-url body is either documented shape (the kernel checked its `anyOf`): the REST
    // reference's (`filename`, `fileSize`, `contentType`) or the guide's video config (`fileName`, ...).
    createUploadUrl: environmentRoute((environment, { params, body, now }) => {
      const fileName = String(typeof body.filename === 'string' && body.fileSize !== undefined ? body.filename : body.fileName);
      const contentType =
        (body.contentType as Schemas['VideoContentType'] | undefined) ??
        byExtension[fileName.split('.').pop()?.toLowerCase() ?? ''] ??
        'video/mp4';
      const suffix = nextSuffix(state);
      const video: HesedVidMockVideo = {
        id: `vid_${suffix}`,
        publicId: `pubvid_${suffix}`,
        orgId: params.orgID ?? '',
        environmentId: environment.id,
        name: (body.videoName as string | undefined) ?? fileName,
        fileName,
        fileSize: (body.fileSize as number | undefined) ?? 0,
        contentType,
        objectKey: `${params.orgID}/${environment.id}/videos/${suffix}.${extensions[contentType]}`,
        lifecycle: 'uploading',
        pollsLeft: settings.processingPolls,
        createdAt: new Date(now).toISOString(),
        durationSeconds: 0,
        allowPublicAccess: (body.allowPublicAccess as boolean | undefined) ?? false,
        videoQuality: (body.videoQuality as Schemas['VideoQuality'] | undefined) ?? 'standard',
        deleted: false,
        uploadRequest: body,
      };
      state.videos.set(video.publicId, video);
      // The storage checks expiry against the real clock.
      const expiresAtMs = Date.now() + 3_600_000;
      const signedURL = state.storage.sign(video.objectKey, { contentType, expiresAt: expiresAtMs });
      if (settings.uploadUrlShape === 'guide') {
        return HttpResponse.json({ body: { videoID: video.publicId, signedURL, expiresAt: Math.floor(expiresAtMs / 1000) } });
      }
      const loose = { signedURL, expiresAt: new Date(expiresAtMs).toISOString() };
      return HttpResponse.json({ body: settings.uploadUrlShape === 'reference' ? { ...loose, videoID: video.publicId } : loose });
    }),
    startProcessing: videoRoute((video) => {
      if (video.lifecycle === 'uploading') {
        const stored = state.storage.get(video.objectKey);
        if (!stored) {
          return refuse(409, 'upload_not_found', 'PUT the file to the signed URL before starting processing');
        }
        video.fileSize = stored.bytes.byteLength;
        video.durationSeconds = Math.max(1, Math.round(stored.bytes.byteLength / 125_000));
        video.lifecycle = 'transcoding';
        video.pollsLeft = settings.processingPolls;
      }
      return lifecycle(video);
    }),
    getVideoStatus: videoRoute((video) => {
      if (video.lifecycle === 'uploading') {
        return refuse(409, 'processing_not_started', 'Upload the file and call start-processing first');
      }
      if (video.lifecycle === 'transcoding' && video.pollsLeft > 0) {
        video.pollsLeft--;
      } else if (video.lifecycle === 'transcoding') {
        video.lifecycle = settings.processingOutcome(video);
      }
      return lifecycle(video);
    }),
    listVideos: environmentRoute((environment, input) => listAnswer(state, input, environment.id)),
    listOrganizationVideos: hesedvidRoute(context, (input) => listAnswer(state, input, undefined)),
    getVideo: videoRoute((video) =>
      isListed(video)
        ? HttpResponse.json({ body: toHesedVidVideo(video) })
        : refuse(409, 'processing_not_started', 'The video exists once its file is uploaded and processing has started'),
    ),
    deleteVideo: videoRoute((video) => {
      video.deleted = true;
      return HttpResponse.json({ body: { videoID: video.publicId, deleted: true } });
    }),
    createShareLink: videoRoute((video, { body, now }) => {
      const { expirationHours, maxViews, viewerEmail } = body as Schemas['ShareLinkRequest'];
      const token = nextSuffix(state);
      const open = video.allowPublicAccess && maxViews === undefined && viewerEmail === undefined && expirationHours === undefined;
      const type: Schemas['LinkAccessType'] = open ? 'public' : 'private';
      state.shareLinks.push({ publicId: video.publicId, token, expirationHours, maxViews, viewerEmail });
      return HttpResponse.json({
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
      });
    }),
    // `expiration` is `<n>m` or `<n>h` by the spec's pattern; the 1 minute to 24 hours range is the server's.
    getSignedPlaybackUrl: videoRoute((video, { query, now }) => {
      const [, count = '1', unit = 'h'] = /^(\d+)([mh])$/.exec(query.get('expiration') ?? '1h') ?? [];
      const lifetime = Number(count) * (unit === 'h' ? 3_600_000 : 60_000);
      const domains = query.get('domains') ?? undefined;
      if (lifetime < 60_000 || lifetime > 86_400_000) {
        return refuse(400, 'invalid_request', 'expiration must look like 15m or 4h, from 1 minute to 24 hours');
      }
      if (domains?.split(',').some((domain) => domain.trim() === '')) {
        return refuse(400, 'invalid_request', 'domains must be a comma-separated list of domain names');
      }
      const expiresAt = now + lifetime;
      const signedUrl = `https://worker.hesedvid.com/${video.publicId}/master.m3u8?token=${fakePlaybackToken(video.publicId, expiresAt, domains)}`;
      state.playbackUrls.push(signedUrl);
      return HttpResponse.json({ body: { signedUrl, expiresAt: new Date(expiresAt).toISOString() } });
    }),
    getUsageAnalytics: hesedvidRoute(context, ({ params: { orgID = '' } }) => {
      const [videos, segments] = [videosOf(orgID), totalSegments(orgID)];
      const seconds = sum(videos, 'durationSeconds');
      return report({
        segmentsServed: segments,
        estimatedViews: seconds === 0 ? 0 : Math.round(segments / (seconds / 6)),
        videoCount: videos.length,
      });
    }),
    getDailyAnalytics: hesedvidRoute(context, ({ params, now }) =>
      report({ days: [{ date: new Date(now).toISOString().slice(0, 10), segmentsServed: totalSegments(params.orgID ?? '') }] }),
    ),
    getStorageAnalytics: hesedvidRoute(context, ({ params: { orgID = '' } }) => {
      const videos = videosOf(orgID);
      return report({
        storageBytes: sum(videos, 'fileSize'),
        totalDurationSeconds: sum(videos, 'durationSeconds'),
        videoCount: videos.length,
      });
    }),
    getResolutionDistribution: hesedvidRoute(context, ({ params }) =>
      report({ resolutions: resolutions(totalSegments(params.orgID ?? '')) }),
    ),
    getVideoAnalytics: videoRoute(
      (video) => report({ publicId: video.publicId, resolutions: resolutions(segmentsServed(state, video)) }),
      true,
    ),
    listEnvironments: hesedvidRoute(context, () => HttpResponse.json({ body: state.environments })),
  };
}
