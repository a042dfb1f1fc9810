import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { ApiVideoMockState } from './apivideo-state.js';
import { trackHandlers } from './apivideo-tracks.js';

/** Chapters (4 operations): WebVTT chapter tracks per language. */
export function apivideoChapterHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return trackHandlers<components['schemas']['Chapter']>(state, {
    kind: 'chapters',
    store: state.chapters,
    create: ({ videoId, language }) => ({
      uri: `/videos/${videoId}/chapters/${language}`,
      src: `https://vod.api.video/vod/${videoId}/chapters/${language}.vtt`,
      language,
    }),
  });
}
