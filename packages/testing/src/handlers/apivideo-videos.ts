import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import {
  type ApiVideoRouteContext,
  apivideoRoute,
  empty,
  imageKind,
  invalid,
  json,
  listed,
  notFound,
  problem,
  readForm,
  sortItems,
} from './apivideo-http.js';
import type { ApiVideoMockState, ApiVideoMockVideo } from './apivideo-state.js';
import { applyVideoPayload, createVideoEntry, present, videoPayloadProblems } from './apivideo-video-model.js';
import { videoStatus } from './apivideo-video-status.js';

type Schemas = components['schemas'];

/** Applies the documented list filters: title, tags[] (all), metadata[key]=value (all), description, liveStreamId. */
export function filterVideos(entries: ApiVideoMockVideo[], url: URL): Schemas['Video'][] {
  const search = url.searchParams;
  const title = search.get('title')?.toLowerCase();
  const description = search.get('description')?.toLowerCase();
  const liveStreamId = search.get('liveStreamId');
  const tags = search.getAll('tags[]');
  const metadata = [...search.entries()].flatMap(([name, value]) => {
    const match = /^metadata\[(.+)\]$/.exec(name);
    return match ? [{ key: match[1] as string, value }] : [];
  });
  return entries
    .map((entry) => entry.video)
    .filter(
      (video) =>
        (title === undefined || (video.title ?? '').toLowerCase().includes(title)) &&
        (description === undefined || (video.description ?? '').toLowerCase().includes(description)) &&
        (liveStreamId === null || video.source?.liveStream?.liveStreamId === liveStreamId) &&
        tags.every((tag) => video.tags?.includes(tag)) &&
        metadata.every((pair) => video.metadata?.some((entry) => entry.key === pair.key && entry.value === pair.value)),
    );
}

function listVideos(state: ApiVideoMockState, url: URL, discarded: boolean, path: string): Response {
  const entries = [...state.videos.values()].filter((entry) => entry.video.discarded === discarded);
  const filtered = filterVideos(entries, url);
  const ordered = url.searchParams.has('sortBy') ? sortItems(filtered, url, 'createdAt') : filtered.reverse();
  return listed(
    ordered.map((video) => present(state, { ...(state.videos.get(video.videoId) as ApiVideoMockVideo), video })),
    url,
    path,
  );
}

type VideoHandler = (entry: ApiVideoMockVideo, context: ApiVideoRouteContext) => Response | Promise<Response>;

/** Videos (CRUD, list, status, thumbnails), discarded videos and tags: 12 operations. */
export function apivideoVideoHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  /** A route on a stored video (`discarded` or not), `404` when there is none. */
  const video = (handler: VideoHandler, discarded = false) =>
    apivideoRoute(state, (context) => {
      const entry = state.videos.get(context.params.videoId ?? '');
      return entry && entry.video.discarded === discarded ? handler(entry, context) : notFound('videoId');
    });
  const answer = (entry: ApiVideoMockVideo, thumbnail?: string) => {
    if (thumbnail !== undefined) {
      entry.video.assets = { ...entry.video.assets, thumbnail };
      entry.video.updatedAt = state.timestamp();
    }
    return json<Schemas['Video']>(present(state, entry));
  };
  return {
    listVideos: apivideoRoute(state, ({ url }) => listVideos(state, url, false, '/videos')),
    createVideo: apivideoRoute(state, ({ body }) => {
      const problems = videoPayloadProblems(state, body, true);
      if (problems.length > 0) {
        const first = problems[0] as (typeof problems)[0];
        return problem(400, first.type.split('/').pop() ?? '', first.title, { name: first.name ?? null, problems });
      }
      const entry = createVideoEntry(state, String(body.title));
      applyVideoPayload(state, entry, body);
      if (typeof body.source === 'string' && body.source !== '') {
        const copied = state.videos.get(body.source);
        entry.video.source = { uri: `/videos/${entry.video.videoId}/source`, type: copied ? 'video' : 'url' };
        entry.upload = {
          style: 'whole',
          ranges: [],
          total: copied?.upload.total ?? 0,
          parts: copied?.upload.parts ?? [],
          complete: true,
          fileName: undefined,
        };
        return json<Schemas['Video']>(present(state, entry), 202);
      }
      return json<Schemas['Video']>(present(state, entry), 201);
    }),
    getVideo: video((entry) => answer(entry)),
    updateVideo: video((entry, { body }) => {
      const problems = videoPayloadProblems(state, body, false);
      if (problems.length > 0) {
        return problem(400, 'invalid-attribute', problems[0]?.title ?? '', { name: problems[0]?.name ?? null, problems });
      }
      const summarised = [...state.summaries.values()].some((summary) => summary.summary.videoId === entry.video.videoId);
      if (summarised && (body.transcriptSummary !== undefined || body.transcriptSummaryAttributes !== undefined)) {
        return problem(409, 'summary-already-exists', 'A summary already exists or is being created on this video.', {
          name: 'videoId',
          detail: 'You can delete the existing summary and generate a new one.',
        });
      }
      applyVideoPayload(state, entry, body);
      return answer(entry);
    }),
    deleteVideo: video((entry) => {
      if (state.options.videoRestore) {
        entry.video.discarded = true;
        entry.video.discardedAt = state.timestamp();
        entry.video.deletesAt = state.timestamp(90 * 86_400_000);
      } else {
        state.videos.delete(entry.video.videoId);
        state.captions.delete(entry.video.videoId);
        state.chapters.delete(entry.video.videoId);
      }
      return empty(204);
    }),
    getVideoStatus: video((entry) => json<Schemas['VideoStatus']>(videoStatus(state, entry))),
    uploadThumbnail: video(async (entry, { request, record }) => {
      const form = await readForm(request, record);
      if (form instanceof Response) {
        return form;
      }
      if (form.file.size > 8 * 1_048_576) {
        return invalid('uploaded-file-too-large', 'The uploaded file is too large.', 'file');
      }
      const kind = await imageKind(form.file);
      if (kind === undefined) {
        return invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', {
          detail: 'Send a JPEG, PNG or WebP image.',
        });
      }
      return answer(entry, `https://vod.api.video/vod/${entry.video.videoId}/thumbnail.${kind}?v=${state.counter}`);
    }),
    pickThumbnail: video((entry, { body }) =>
      answer(entry, `https://vod.api.video/vod/${entry.video.videoId}/thumbnail.jpg?t=${encodeURIComponent(String(body.timecode))}`),
    ),
    listDiscardedVideos: apivideoRoute(state, ({ url }) => listVideos(state, url, true, '/discarded/videos')),
    getDiscardedVideo: video((entry) => answer(entry), true),
    restoreDiscardedVideo: video((entry) => {
      Object.assign(entry.video, { discarded: false, discardedAt: null, deletesAt: null, updatedAt: state.timestamp() });
      return answer(entry);
    }, true),
    listTags: apivideoRoute(state, ({ url }) => {
      const counts = new Map<string, number>();
      for (const entry of state.videos.values()) {
        for (const tag of entry.video.discarded ? [] : (entry.video.tags ?? [])) {
          counts.set(tag, (counts.get(tag) ?? 0) + 1);
        }
      }
      const value = url.searchParams.get('value')?.toLowerCase();
      const tags: Schemas['Tag'][] = [...counts]
        .map(([tag, videoCount]) => ({ value: tag, videoCount }))
        .filter((tag) => value === undefined || tag.value.toLowerCase().includes(value));
      return listed(tags, url, '/tags', 'value');
    }),
  };
}
