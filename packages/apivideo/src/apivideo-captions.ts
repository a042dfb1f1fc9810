import { ConfigurationError } from '@conduit/core';
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
import type { Caption } from './apivideo-types.js';

/** `client.captions`: WebVTT caption tracks of a video, one per language. */
export function createCaptionsNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (
    videoId: string,
    paging?: ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<Caption>> => {
    const label = 'captions.listPage';
    requireId(videoId, 'videoId', label);
    const query = checkObject(paging, ['currentPage', 'pageSize'], label) as ApiVideoPageOptions;
    checkPaging(query, label);
    return bodyOf(
      api.GET('/videos/{videoId}/captions', { params: { path: { videoId }, query }, fetch: callFetch(transport, options, label) }),
    );
  };

  const path = (videoId: string, language: string, label: string) => ({
    videoId: requireId(videoId, 'videoId', label),
    language: requireLanguage(language, label),
  });

  return {
    /** Iterates a video's caption tracks (`GET /videos/{videoId}/captions`). */
    list(videoId: string, paging?: ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<Caption, void, undefined> {
      requireId(videoId, 'videoId', 'captions.list');
      const given = checkObject(paging, ['currentPage', 'pageSize', 'maxItems'], 'captions.list') as ApiVideoIterateOptions;
      return iteratePages((page) => listPage(videoId, page, options), given, options?.signal, 'captions.list');
    },
    /** One page of caption tracks (`GET /videos/{videoId}/captions`). */
    listPage,
    /** One caption track (`GET /videos/{videoId}/captions/{language}`). */
    async get(videoId: string, language: string, options?: ApiVideoRequestOptions): Promise<Caption> {
      return bodyOf(
        api.GET('/videos/{videoId}/captions/{language}', {
          params: { path: path(videoId, language, 'captions.get') },
          fetch: callFetch(transport, options, 'captions.get'),
        }),
      );
    },
    /** Uploads a WebVTT file as the track for `language` (`POST /videos/{videoId}/captions/{language}`). */
    async upload(
      videoId: string,
      language: string,
      file: ApiVideoFileInput,
      options?: ApiVideoFileOptions & ApiVideoRequestOptions,
    ): Promise<Caption> {
      const label = 'captions.upload';
      const target = path(videoId, language, label);
      const { fileName, ...request } = options ?? {};
      const part = await readFilePart(file, ['text/vtt'], { fileName, label });
      return bodyOf(
        api.POST('/videos/{videoId}/captions/{language}', {
          params: { path: target },
          body: multipart(fileForm(part)),
          fetch: callFetch(transport, request, label),
        }),
      );
    },
    /** Makes the track the default one, or not (`PATCH /videos/{videoId}/captions/{language}`). */
    async update(videoId: string, language: string, payload: { default: boolean }, options?: ApiVideoRequestOptions): Promise<Caption> {
      const label = 'captions.update';
      const target = path(videoId, language, label);
      const body = checkObject(payload, ['default'], label) as { default: boolean };
      if (typeof body.default !== 'boolean') {
        throw new ConfigurationError(`${label}: default must be true or false.`);
      }
      return bodyOf(
        api.PATCH('/videos/{videoId}/captions/{language}', {
          params: { path: target },
          body: { default: body.default },
          fetch: callFetch(transport, options, label),
        }),
      );
    },
    /** Deletes the track for `language` (`DELETE /videos/{videoId}/captions/{language}`). */
    async delete(videoId: string, language: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/videos/{videoId}/captions/{language}', {
          params: { path: path(videoId, language, 'captions.delete') },
          fetch: callFetch(transport, options, 'captions.delete'),
        }),
      );
    },
  };
}

/** The `captions` namespace of an api.video client. */
export type ApiVideoCaptions = ReturnType<typeof createCaptionsNamespace>;
