import type { components } from '@conduit/specs/hesedvid';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { checkListQuery } from './hesedvid-checks.js';
import { type HesedVidRequest, type HesedVidRouteContext, hesedvidRoute, refuse } from './hesedvid-route.js';
import { findEnvironment, findVideo, type HesedVidMockVideo } from './hesedvid-state.js';

type Schemas = components['schemas'];

function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A stored video as the list and detail endpoints show it. */
export function toHesedVidVideo(video: HesedVidMockVideo & { lifecycle: Schemas['VideoStatus'] }): Schemas['Video'] {
  return {
    id: video.id,
    name: video.name,
    duration: formatDuration(video.durationSeconds),
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

function isListed(video: HesedVidMockVideo): video is HesedVidMockVideo & { lifecycle: Schemas['VideoStatus'] } {
  return !video.deleted && video.lifecycle !== 'uploading';
}

function listAnswer(context: HesedVidRouteContext, { params, query }: HesedVidRequest, environmentId: string | undefined): Response {
  const checked = checkListQuery(query);
  if (!checked.ok) {
    return refuse(400, 'invalid_request', checked.problem);
  }
  const { page, pageSize, sortBy, sortDir, status, search, from, to } = checked.value;
  const matching = [...context.state.videos.values()]
    .filter(isListed)
    .filter((video) => video.orgId === params.orgID && (environmentId === undefined || video.environmentId === environmentId))
    .filter((video) => status === undefined || video.lifecycle === status)
    .filter((video) => search === undefined || video.name.toLowerCase().includes(search.toLowerCase()))
    .filter((video) => from === undefined || video.createdAt.slice(0, 10) >= from)
    .filter((video) => to === undefined || video.createdAt.slice(0, 10) <= to)
    .sort((left, right) => (sortDir === 'asc' ? 1 : -1) * (sorters[sortBy]?.(left, right) ?? 0));
  const start = (page - 1) * pageSize;
  const answer: Schemas['VideoListResponse'] = {
    body: {
      videos: matching.slice(start, start + pageSize).map(toHesedVidVideo),
      pagination: { total: matching.length, page, pageSize, totalPages: Math.ceil(matching.length / pageSize) },
    },
  };
  return HttpResponse.json(answer);
}

/** Environment and organization lists (paged, filtered, sorted), video details and soft delete. */
export function createHesedVidVideoHandlers(context: HesedVidRouteContext): Record<string, MockRouteHandler> {
  const { state } = context;
  return {
    listVideos: hesedvidRoute(context, (input) => {
      const environment = findEnvironment(state, input.params.envID ?? '');
      if (!environment) {
        return refuse(404, 'environment_not_found', `No environment "${input.params.envID}" in this organization`);
      }
      return listAnswer(context, input, environment.id);
    }),
    listOrganizationVideos: hesedvidRoute(context, (input) => listAnswer(context, input, undefined)),
    getVideo: hesedvidRoute(context, ({ params }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '');
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      if (!isListed(video)) {
        return refuse(409, 'processing_not_started', 'The video exists once its file is uploaded and processing has started');
      }
      const answer: Schemas['VideoResponse'] = { body: toHesedVidVideo(video) };
      return HttpResponse.json(answer);
    }),
    deleteVideo: hesedvidRoute(context, ({ params }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '');
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      video.deleted = true;
      const answer: Schemas['DeleteVideoResponse'] = { body: { videoID: video.publicId, deleted: true } };
      return HttpResponse.json(answer);
    }),
  };
}
