import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, invalid, json, listed, notFound, readForm } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

/** English names of common caption languages. */
const languageNames: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', nl: 'Dutch' };

/** A video's tracks of one kind (captions or chapters), created on first use. */
function tracksOf<T>(store: Map<string, Map<string, T>>, videoId: string): Map<string, T> {
  const map = store.get(videoId) ?? new Map<string, T>();
  store.set(videoId, map);
  return map;
}

/**
 * The operations caption and chapter tracks share: list (paginated), get, upload a WebVTT file for
 * a language, and delete (`/videos/{videoId}/<kind>[/{language}]`; the kernel checks the language tag).
 */
function trackHandlers<T>(
  state: ApiVideoMockState,
  kind: 'captions' | 'chapters',
  store: Map<string, Map<string, T>>,
  create: (videoId: string, language: string, existing: Map<string, T>) => T,
): Record<string, MockRouteHandler> {
  const name = kind === 'captions' ? 'Caption' : 'Chapter';
  const route = (handler: (tracks: Map<string, T>, videoId: string, language: string) => Response | Promise<Response>) =>
    apivideoRoute(state, ({ params }) => {
      const { videoId = '', language = '' } = params;
      return state.videos.has(videoId) ? handler(tracksOf(store, videoId), videoId, language) : notFound('videoId');
    });
  return {
    [`list${name}s`]: apivideoRoute(state, ({ params: { videoId = '' }, url }) =>
      state.videos.has(videoId) ? listed([...tracksOf(store, videoId).values()], url, `/videos/${videoId}/${kind}`) : notFound('videoId'),
    ),
    [`get${name}`]: route((tracks, _videoId, language) => (tracks.has(language) ? json(tracks.get(language)) : notFound('language'))),
    [`upload${name}`]: apivideoRoute(state, async ({ params: { videoId = '', language = '' }, request, record }) => {
      if (!state.videos.has(videoId)) {
        return notFound('videoId');
      }
      const form = await readForm(request, record);
      if (form instanceof Response) {
        return form;
      }
      const head = new TextDecoder().decode(await form.file.slice(0, 16).arrayBuffer()).replace(/^\uFEFF/, '');
      if (!/^WEBVTT(?:$|\s)/.test(head)) {
        return invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', { detail: 'Send a WebVTT (.vtt) file.' });
      }
      const tracks = tracksOf(store, videoId);
      const created = create(videoId, language, tracks);
      tracks.set(language, created);
      return json(created);
    }),
    [`delete${name}`]: route((tracks, _videoId, language) => (tracks.delete(language) ? empty(204) : notFound('language'))),
  };
}

/** Captions (5 operations, one track the default) and chapters (4 operations): WebVTT tracks per language. */
export function apivideoTrackHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return {
    ...trackHandlers<Schemas['Caption']>(state, 'captions', state.captions, (videoId, language, existing) => ({
      uri: `/videos/${videoId}/captions/${language}`,
      src: `https://vod.api.video/vod/${videoId}/captions/${language}.vtt`,
      srclang: language,
      languageName: languageNames[language.split('-')[0]?.toLowerCase() ?? ''] ?? language,
      default: existing.size === 0,
    })),
    ...trackHandlers<Schemas['Chapter']>(state, 'chapters', state.chapters, (videoId, language) => ({
      uri: `/videos/${videoId}/chapters/${language}`,
      src: `https://vod.api.video/vod/${videoId}/chapters/${language}.vtt`,
      language,
    })),
    updateCaption: apivideoRoute(state, ({ params: { videoId = '', language = '' }, body }) => {
      const tracks = tracksOf(state.captions, videoId);
      const caption = tracks.get(language);
      if (!state.videos.has(videoId) || !caption) {
        return notFound(state.videos.has(videoId) ? 'language' : 'videoId');
      }
      for (const other of body.default === true ? tracks.values() : []) {
        other.default = false;
      }
      caption.default = body.default === true;
      return json(caption);
    }),
  };
}
