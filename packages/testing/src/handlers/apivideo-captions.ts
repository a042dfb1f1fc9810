import { type HttpHandler, http } from 'msw';
import type { components } from '../generated/apivideo.js';
import { empty, invalid, json, notFound, pageOf, readForm, readJson, route } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';
import { checkTarget, isWebVtt, languageNames } from './apivideo-tracks.js';

type Schemas = components['schemas'];

/** Captions (5 operations): WebVTT tracks per language, one of them the default. */
export function apivideoCaptionHandlers(state: ApiVideoMockState): HttpHandler[] {
  const base = state.baseUrl;
  const tracks = (videoId: string) => {
    let map = state.captions.get(videoId);
    if (!map) {
      map = new Map();
      state.captions.set(videoId, map);
    }
    return map;
  };
  return [
    http.get(
      `${base}/videos/:videoId/captions`,
      route(state, 'read', 'key', ({ params, url }) => {
        if (!state.videos.has(params.videoId ?? '')) {
          return notFound('videoId');
        }
        const page = pageOf([...tracks(params.videoId ?? '').values()], url, `/videos/${params.videoId}/captions`);
        return page instanceof Response ? page : json<Schemas['CaptionsListResponse']>(page);
      }),
    ),
    http.get(
      `${base}/videos/:videoId/captions/:language`,
      route(state, 'read', 'key', ({ params }) => {
        const target = checkTarget(state, params);
        if (target instanceof Response) {
          return target;
        }
        const caption = tracks(target.videoId).get(target.language);
        return caption ? json<Schemas['Caption']>(caption) : notFound('language');
      }),
    ),
    http.post(
      `${base}/videos/:videoId/captions/:language`,
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
        const caption: Schemas['Caption'] = {
          uri: `/videos/${target.videoId}/captions/${target.language}`,
          src: `https://vod.api.video/vod/${target.videoId}/captions/${target.language}.vtt`,
          srclang: target.language,
          languageName: languageNames[target.language.split('-')[0]!.toLowerCase()] ?? target.language,
          default: tracks(target.videoId).size === 0,
        };
        tracks(target.videoId).set(target.language, caption);
        return json<Schemas['Caption']>(caption);
      }),
    ),
    http.patch(
      `${base}/videos/:videoId/captions/:language`,
      route(state, 'write', 'key', async ({ params, request }) => {
        const target = checkTarget(state, params);
        if (target instanceof Response) {
          return target;
        }
        const caption = tracks(target.videoId).get(target.language);
        if (!caption) {
          return notFound('language');
        }
        const body = await readJson(request);
        if (body instanceof Response) {
          return body;
        }
        if (typeof body.default !== 'boolean') {
          return invalid('attribute-required', 'This attribute is required.', 'default');
        }
        if (body.default) {
          for (const other of tracks(target.videoId).values()) {
            other.default = false;
          }
        }
        caption.default = body.default;
        return json<Schemas['Caption']>(caption);
      }),
    ),
    http.delete(
      `${base}/videos/:videoId/captions/:language`,
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
