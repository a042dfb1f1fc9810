import { type HttpHandler, http } from 'msw';
import type { components } from '../generated/apivideo.js';
import { empty, invalid, json, notFound, pageOf, readForm, route } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';
import { checkTarget, isWebVtt } from './apivideo-tracks.js';

type Schemas = components['schemas'];

/** Chapters (4 operations): WebVTT chapter tracks per language. */
export function apivideoChapterHandlers(state: ApiVideoMockState): HttpHandler[] {
  const base = state.baseUrl;
  const tracks = (videoId: string) => {
    let map = state.chapters.get(videoId);
    if (!map) {
      map = new Map();
      state.chapters.set(videoId, map);
    }
    return map;
  };
  return [
    http.get(
      `${base}/videos/:videoId/chapters`,
      route(state, 'read', 'key', ({ params, url }) => {
        if (!state.videos.has(params.videoId ?? '')) {
          return notFound('videoId');
        }
        const page = pageOf([...tracks(params.videoId ?? '').values()], url, `/videos/${params.videoId}/chapters`);
        return page instanceof Response ? page : json<Schemas['ChaptersListResponse']>(page);
      }),
    ),
    http.get(
      `${base}/videos/:videoId/chapters/:language`,
      route(state, 'read', 'key', ({ params }) => {
        const target = checkTarget(state, params);
        if (target instanceof Response) {
          return target;
        }
        const chapter = tracks(target.videoId).get(target.language);
        return chapter ? json<Schemas['Chapter']>(chapter) : notFound('language');
      }),
    ),
    http.post(
      `${base}/videos/:videoId/chapters/:language`,
      route(state, 'write', 'key', async ({ params, request, record }) => {
        const target = checkTarget(state, params);
        if (target instanceof Response) {
          return target;
        }
        const form = await readForm(request, record);
        if (form instanceof Response) {
          return form;
        }
        if (!(await isWebVtt(form.file))) {
          return invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', { detail: 'Send a WebVTT (.vtt) file.' });
        }
        const chapter: Schemas['Chapter'] = {
          uri: `/videos/${target.videoId}/chapters/${target.language}`,
          src: `https://vod.api.video/vod/${target.videoId}/chapters/${target.language}.vtt`,
          language: target.language,
        };
        tracks(target.videoId).set(target.language, chapter);
        return json<Schemas['Chapter']>(chapter);
      }),
    ),
    http.delete(
      `${base}/videos/:videoId/chapters/:language`,
      route(state, 'write', 'key', ({ params }) => {
        const target = checkTarget(state, params);
        if (target instanceof Response) {
          return target;
        }
        return tracks(target.videoId).delete(target.language) ? empty(204) : notFound('language');
      }),
    ),
  ];
}
