import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, invalid, json, notFound, pageOf, readForm } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

const languagePattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** English names of common caption languages. */
export const languageNames: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
};

/** True when the file starts with the `WEBVTT` header. */
export async function isWebVtt(file: File): Promise<boolean> {
  const head = new TextDecoder().decode(await file.slice(0, 16).arrayBuffer()).replace(/^\uFEFF/, '');
  return /^WEBVTT(?:$|\s)/.test(head);
}

/** Checks the video exists and the language tag is well formed. */
export function checkTarget(state: ApiVideoMockState, params: Record<string, string>): Response | { videoId: string; language: string } {
  const videoId = params.videoId ?? '';
  const language = params.language ?? '';
  if (!state.videos.has(videoId)) {
    return notFound('videoId');
  }
  if (!languagePattern.test(language)) {
    return invalid('invalid-attribute', 'An attribute is invalid.', 'language', { detail: 'Use an IETF BCP 47 language tag.' });
  }
  return { videoId, language };
}

/** A video's tracks of one kind (captions or chapters), created on first use. */
export function tracksOf<T>(store: Map<string, Map<string, T>>, videoId: string): Map<string, T> {
  let map = store.get(videoId);
  if (!map) {
    map = new Map();
    store.set(videoId, map);
  }
  return map;
}

/** What differs between caption and chapter tracks. */
export interface TrackKind<T> {
  /** The path segment: `captions` or `chapters`. */
  kind: 'captions' | 'chapters';
  store: Map<string, Map<string, T>>;
  /** The track an upload of a WebVTT file for `language` creates. */
  create(target: { videoId: string; language: string }, existing: Map<string, T>): T;
}

/**
 * The four operations caption and chapter tracks share: list (paginated), get, upload a WebVTT
 * file for a language, and delete (`/videos/{videoId}/<kind>[/{language}]`).
 */
export function trackHandlers<T>(state: ApiVideoMockState, track: TrackKind<T>): Record<string, MockRouteHandler> {
  const name = track.kind === 'captions' ? 'Caption' : 'Chapter';
  const tracks = (videoId: string) => tracksOf(track.store, videoId);
  return {
    [`list${name}s`]: apivideoRoute(state, ({ params, url }) => {
      if (!state.videos.has(params.videoId ?? '')) {
        return notFound('videoId');
      }
      const page = pageOf([...tracks(params.videoId ?? '').values()], url, `/videos/${params.videoId}/${track.kind}`);
      return page instanceof Response ? page : json(page);
    }),
    [`get${name}`]: apivideoRoute(state, ({ params }) => {
      const target = checkTarget(state, params);
      if (target instanceof Response) {
        return target;
      }
      const found = tracks(target.videoId).get(target.language);
      return found ? json(found) : notFound('language');
    }),
    [`upload${name}`]: apivideoRoute(state, async ({ params, request, record }) => {
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
      const created = track.create(target, tracks(target.videoId));
      tracks(target.videoId).set(target.language, created);
      return json(created);
    }),
    [`delete${name}`]: apivideoRoute(state, ({ params }) => {
      const target = checkTarget(state, params);
      if (target instanceof Response) {
        return target;
      }
      return tracks(target.videoId).delete(target.language) ? empty(204) : notFound('language');
    }),
  };
}
