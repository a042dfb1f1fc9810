import { apiVideoOperations } from '@conduit/specs/apivideo';
import type { ApiVideoContext } from './apivideo-context.js';
import { multipart } from './apivideo-file.js';
import { createTrackNamespace } from './apivideo-track-namespace.js';
import type { Chapter } from './apivideo-types.js';

/** `client.chapters`: WebVTT chapter tracks of a video, one per language. */
export function createChaptersNamespace(context: ApiVideoContext) {
  const { api } = context;
  return createTrackNamespace<Chapter>(context, 'chapters', {
    listOperation: apiVideoOperations.listChapters,
    list: (videoId, query, fetch) => api.GET('/videos/{videoId}/chapters', { params: { path: { videoId }, query }, fetch }),
    get: (path, fetch) => api.GET('/videos/{videoId}/chapters/{language}', { params: { path }, fetch }),
    upload: (path, form, fetch) => api.POST('/videos/{videoId}/chapters/{language}', { params: { path }, body: multipart(form), fetch }),
    delete: (path, fetch) => api.DELETE('/videos/{videoId}/chapters/{language}', { params: { path }, fetch }),
  });
}

/** The `chapters` namespace of an api.video client. */
export type ApiVideoChapters = ReturnType<typeof createChaptersNamespace>;
