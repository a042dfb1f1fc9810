import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import {
  apivideoRoute,
  empty,
  imageKind,
  invalid,
  json,
  notFound,
  pageOf,
  problem,
  readForm,
  readJson,
  sortItems,
} from './apivideo-http.js';
import type { ApiVideoMockState, ApiVideoMockVideo } from './apivideo-state.js';
import { applyVideoPayload, createVideoEntry, present, videoPayloadProblems } from './apivideo-video-model.js';
import { videoStatus } from './apivideo-video-status.js';

type Schemas = components['schemas'];

const timecodePattern = /^(?:\d{2}:\d{2}:\d{2}(?:\.\d{1,3}|:\d{1,3})?|\d+)$/;

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
  const page = pageOf(
    ordered.map((video) => present(state, { ...state.videos.get(video.videoId)!, video })),
    url,
    path,
  );
  return page instanceof Response ? page : json<Schemas['VideosListResponse']>(page);
}

function findVideo(state: ApiVideoMockState, videoId: string, discarded = false): ApiVideoMockVideo | undefined {
  const entry = state.videos.get(videoId);
  return entry && entry.video.discarded === discarded ? entry : undefined;
}

/** Videos (CRUD, list, status, thumbnails), discarded videos and tags: 12 operations. */
export function apivideoVideoHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  return {
    listVideos: apivideoRoute(state, ({ url }) => listVideos(state, url, false, '/videos')),
    createVideo: apivideoRoute(state, async ({ request }) => {
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const problems = videoPayloadProblems(state, body, true);
      if (problems.length > 0) {
        const first = problems[0]!;
        return problem(400, first.type.split('/').pop()!, first.title, { name: first.name ?? null, problems });
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
    getVideo: apivideoRoute(state, ({ params }) => {
      const entry = findVideo(state, params.videoId ?? '');
      return entry ? json<Schemas['Video']>(present(state, entry)) : notFound('videoId');
    }),
    updateVideo: apivideoRoute(state, async ({ request, params }) => {
      const entry = findVideo(state, params.videoId ?? '');
      if (!entry) {
        return notFound('videoId');
      }
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const problems = videoPayloadProblems(state, body, false);
      if (problems.length > 0) {
        const first = problems[0]!;
        return problem(400, 'invalid-attribute', first.title, { name: first.name ?? null, problems });
      }
      const summarised = [...state.summaries.values()].some((summary) => summary.summary.videoId === entry.video.videoId);
      if (summarised && (body.transcriptSummary !== undefined || body.transcriptSummaryAttributes !== undefined)) {
        return problem(409, 'summary-already-exists', 'A summary already exists or is being created on this video.', {
          name: 'videoId',
          detail: 'You can delete the existing summary and generate a new one.',
        });
      }
      applyVideoPayload(state, entry, body);
      return json<Schemas['Video']>(present(state, entry));
    }),
    deleteVideo: apivideoRoute(state, ({ params }) => {
      const entry = findVideo(state, params.videoId ?? '');
      if (!entry) {
        return notFound('videoId');
      }
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
    getVideoStatus: apivideoRoute(state, ({ params }) => {
      const entry = findVideo(state, params.videoId ?? '');
      return entry ? json<Schemas['VideoStatus']>(videoStatus(state, entry)) : notFound('videoId');
    }),
    uploadThumbnail: apivideoRoute(state, async ({ request, params, record }) => {
      const entry = findVideo(state, params.videoId ?? '');
      if (!entry) {
        return notFound('videoId');
      }
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
      entry.video.assets = {
        ...entry.video.assets,
        thumbnail: `https://vod.api.video/vod/${entry.video.videoId}/thumbnail.${kind}?v=${state.counter}`,
      };
      entry.video.updatedAt = state.timestamp();
      return json<Schemas['Video']>(present(state, entry));
    }),
    pickThumbnail: apivideoRoute(state, async ({ request, params }) => {
      const entry = findVideo(state, params.videoId ?? '');
      if (!entry) {
        return notFound('videoId');
      }
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      if (typeof body.timecode !== 'string' || !timecodePattern.test(body.timecode)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'timecode', {
          detail: 'Use HH:MM:SS.mmm, HH:MM:SS:frame or seconds.',
        });
      }
      entry.video.assets = {
        ...entry.video.assets,
        thumbnail: `https://vod.api.video/vod/${entry.video.videoId}/thumbnail.jpg?t=${encodeURIComponent(body.timecode)}`,
      };
      entry.video.updatedAt = state.timestamp();
      return json<Schemas['Video']>(present(state, entry));
    }),
    listDiscardedVideos: apivideoRoute(state, ({ url }) => listVideos(state, url, true, '/discarded/videos')),
    getDiscardedVideo: apivideoRoute(state, ({ params }) => {
      const entry = findVideo(state, params.videoId ?? '', true);
      return entry ? json<Schemas['Video']>(present(state, entry)) : notFound('videoId');
    }),
    restoreDiscardedVideo: apivideoRoute(state, async ({ request, params }) => {
      const entry = findVideo(state, params.videoId ?? '', true);
      if (!entry) {
        return notFound('videoId');
      }
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      if (body.discarded !== false) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'discarded', { detail: 'Only false is accepted.' });
      }
      entry.video.discarded = false;
      entry.video.discardedAt = null;
      entry.video.deletesAt = null;
      entry.video.updatedAt = state.timestamp();
      return json<Schemas['Video']>(present(state, entry));
    }),
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
      const page = pageOf(sortItems(tags, url, 'value'), url, '/tags');
      return page instanceof Response ? page : json<Schemas['TagsListResponse']>(page);
    }),
  };
}
