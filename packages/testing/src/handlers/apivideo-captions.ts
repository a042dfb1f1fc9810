import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, invalid, json, notFound, readJson } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';
import { checkTarget, languageNames, trackHandlers, tracksOf } from './apivideo-tracks.js';

type Caption = components['schemas']['Caption'];

/** Captions (5 operations): WebVTT tracks per language, one of them the default. */
export function apivideoCaptionHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return {
    ...trackHandlers<Caption>(state, {
      kind: 'captions',
      store: state.captions,
      create: ({ videoId, language }, existing) => ({
        uri: `/videos/${videoId}/captions/${language}`,
        src: `https://vod.api.video/vod/${videoId}/captions/${language}.vtt`,
        srclang: language,
        languageName: languageNames[language.split('-')[0]!.toLowerCase()] ?? language,
        default: existing.size === 0,
      }),
    }),
    updateCaption: apivideoRoute(state, async ({ params, request }) => {
      const target = checkTarget(state, params);
      if (target instanceof Response) {
        return target;
      }
      const tracks = tracksOf(state.captions, target.videoId);
      const caption = tracks.get(target.language);
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
        for (const other of tracks.values()) {
          other.default = false;
        }
      }
      caption.default = body.default;
      return json<Caption>(caption);
    }),
  };
}
