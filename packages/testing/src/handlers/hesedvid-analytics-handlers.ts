import type { components } from '@conduit/specs/hesedvid';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { type HesedVidRouteContext, hesedvidRoute, refuse } from './hesedvid-route.js';
import { findVideo, type HesedVidMockState, type HesedVidMockVideo } from './hesedvid-state.js';

type Schemas = components['schemas'];

// Deterministic fake delivery: each playback URL or share link issued counts as one full view
// (duration / 6 segments); the rendition mix is fixed at 50 % 1080p, 35 % 720p, 15 % 480p.
function segmentsServed(state: HesedVidMockState, video: HesedVidMockVideo): number {
  const views =
    state.playbackUrls.filter((url) => url.includes(`/${video.publicId}/`)).length +
    state.shareLinks.filter((link) => link.publicId === video.publicId).length;
  return views * Math.ceil(video.durationSeconds / 6);
}

function resolutions(total: number): Array<{ resolution: string; segmentsServed: number }> {
  const p1080 = Math.round(total * 0.5);
  const p720 = Math.round(total * 0.35);
  return [
    { resolution: '1080p', segmentsServed: p1080 },
    { resolution: '720p', segmentsServed: p720 },
    { resolution: '480p', segmentsServed: total - p1080 - p720 },
  ];
}

/** Analytics (computed from the state; deleted videos still count) and the environment list. */
export function createHesedVidAnalyticsHandlers(context: HesedVidRouteContext): Record<string, MockRouteHandler> {
  const { state } = context;
  const videosOf = (orgId: string) =>
    [...state.videos.values()].filter((video) => video.orgId === orgId && video.lifecycle !== 'uploading');
  const totalSegments = (orgId: string) => videosOf(orgId).reduce((sum, video) => sum + segmentsServed(state, video), 0);
  const report = (body: Schemas['AnalyticsResponse']['body']) => HttpResponse.json<Schemas['AnalyticsResponse']>({ body });
  return {
    getUsageAnalytics: hesedvidRoute(context, ({ params }) => {
      const videos = videosOf(params.orgID ?? '');
      const segments = totalSegments(params.orgID ?? '');
      const seconds = videos.reduce((sum, video) => sum + video.durationSeconds, 0);
      return report({
        segmentsServed: segments,
        estimatedViews: seconds === 0 ? 0 : Math.round(segments / (seconds / 6)),
        videoCount: videos.length,
      });
    }),
    getDailyAnalytics: hesedvidRoute(context, ({ params, now }) => {
      const today = new Date(now).toISOString().slice(0, 10);
      return report({ days: [{ date: today, segmentsServed: totalSegments(params.orgID ?? '') }] });
    }),
    getStorageAnalytics: hesedvidRoute(context, ({ params }) => {
      const videos = videosOf(params.orgID ?? '');
      return report({
        storageBytes: videos.reduce((sum, video) => sum + video.fileSize, 0),
        totalDurationSeconds: videos.reduce((sum, video) => sum + video.durationSeconds, 0),
        videoCount: videos.length,
      });
    }),
    getResolutionDistribution: hesedvidRoute(context, ({ params }) =>
      report({ resolutions: resolutions(totalSegments(params.orgID ?? '')) }),
    ),
    getVideoAnalytics: hesedvidRoute(context, ({ params }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '', true);
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      return report({ publicId: video.publicId, resolutions: resolutions(segmentsServed(state, video)) });
    }),
    listEnvironments: hesedvidRoute(context, () => HttpResponse.json<Schemas['EnvironmentListResponse']>({ body: state.environments })),
  };
}
