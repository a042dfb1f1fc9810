import { checkObject, requireId, requireLanguage } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import type { Chapter } from './apivideo-types.js';

/** `client.chapters`: WebVTT chapter tracks of a video, one per language. */
export function createChaptersNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (
    videoId: string,
    paging?: ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<Chapter>> => {
    const label = 'chapters.listPage';
    requireId(videoId, 'videoId', label);
    const query = checkObject(paging, ['currentPage', 'pageSize'], label) as ApiVideoPageOptions;
    checkPaging(query, label);
    return bodyOf(
      api.GET('/videos/{videoId}/chapters', { params: { path: { videoId }, query }, fetch: callFetch(transport, options, label) }),
    );
  };

  const path = (videoId: string, language: string, label: string) => ({
    videoId: requireId(videoId, 'videoId', label),
    language: requireLanguage(language, label),
  });

  return {
    /** Iterates a video's chapter tracks (`GET /videos/{videoId}/chapters`). */
    list(videoId: string, paging?: ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<Chapter, void, undefined> {
      requireId(videoId, 'videoId', 'chapters.list');
      const given = checkObject(paging, ['currentPage', 'pageSize', 'maxItems'], 'chapters.list') as ApiVideoIterateOptions;
      return iteratePages((page) => listPage(videoId, page, options), given, options?.signal, 'chapters.list');
    },
    /** One page of chapter tracks (`GET /videos/{videoId}/chapters`). */
    listPage,
    /** One chapter track (`GET /videos/{videoId}/chapters/{language}`). */
    async get(videoId: string, language: string, options?: ApiVideoRequestOptions): Promise<Chapter> {
      return bodyOf(
        api.GET('/videos/{videoId}/chapters/{language}', {
          params: { path: path(videoId, language, 'chapters.get') },
          fetch: callFetch(transport, options, 'chapters.get'),
        }),
      );
    },
    /** Uploads a WebVTT chapter file for `language` (`POST /videos/{videoId}/chapters/{language}`). */
    async upload(
      videoId: string,
      language: string,
      file: ApiVideoFileInput,
      options?: ApiVideoFileOptions & ApiVideoRequestOptions,
    ): Promise<Chapter> {
      const label = 'chapters.upload';
      const target = path(videoId, language, label);
      const { fileName, ...request } = options ?? {};
      const part = await readFilePart(file, ['text/vtt'], { fileName, label });
      return bodyOf(
        api.POST('/videos/{videoId}/chapters/{language}', {
          params: { path: target },
          body: multipart(fileForm(part)),
          fetch: callFetch(transport, request, label),
        }),
      );
    },
    /** Deletes the chapter track for `language` (`DELETE /videos/{videoId}/chapters/{language}`). */
    async delete(videoId: string, language: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/videos/{videoId}/chapters/{language}', {
          params: { path: path(videoId, language, 'chapters.delete') },
          fetch: callFetch(transport, options, 'chapters.delete'),
        }),
      );
    },
  };
}

/** The `chapters` namespace of an api.video client. */
export type ApiVideoChapters = ReturnType<typeof createChaptersNamespace>;
