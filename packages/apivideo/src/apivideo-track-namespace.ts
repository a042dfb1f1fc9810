import { checkObject, requireId, requireLanguage } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, fileForm, readFilePart } from './apivideo-file.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoFetch, type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';

/** A track's address: the video and an IETF language tag. */
export interface TrackPath {
  videoId: string;
  language: string;
}

/** The typed openapi-fetch calls of one kind of track, with its exact paths (`/videos/{videoId}/captions`, ...). */
export interface TrackRoutes<T> {
  listPage(videoId: string, query: ApiVideoPageOptions, fetch: ApiVideoFetch): Promise<ApiVideoPage<T>>;
  get(path: TrackPath, fetch: ApiVideoFetch): Promise<T>;
  upload(path: TrackPath, form: FormData, fetch: ApiVideoFetch): Promise<T>;
  delete(path: TrackPath, fetch: ApiVideoFetch): Promise<void>;
}

/**
 * What `captions` and `chapters` share: list (iterator and pages), get, upload a WebVTT file for
 * a language and delete, each checking its input before any request.
 */
export function createTrackNamespace<T>(context: ApiVideoContext, kind: 'captions' | 'chapters', routes: TrackRoutes<T>) {
  const { transport } = context;
  const path = trackPath;

  const listPage = async (videoId: string, paging?: ApiVideoPageOptions, options?: ApiVideoRequestOptions): Promise<ApiVideoPage<T>> => {
    const label = `${kind}.listPage`;
    requireId(videoId, 'videoId', label);
    const query = checkObject(paging, ['currentPage', 'pageSize'], label) as ApiVideoPageOptions;
    checkPaging(query, label);
    return routes.listPage(videoId, query, callFetch(transport, options, label));
  };

  return {
    /** Iterates a video's tracks (`GET /videos/{videoId}/<kind>`). */
    list(videoId: string, paging?: ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<T, void, undefined> {
      const label = `${kind}.list`;
      requireId(videoId, 'videoId', label);
      const given = checkObject(paging, ['currentPage', 'pageSize', 'maxItems'], label) as ApiVideoIterateOptions;
      return iteratePages((page) => listPage(videoId, page, options), given, options?.signal, label);
    },
    /** One page of a video's tracks (`GET /videos/{videoId}/<kind>`). */
    listPage,
    /** The track for `language` (`GET /videos/{videoId}/<kind>/{language}`). */
    async get(videoId: string, language: string, options?: ApiVideoRequestOptions): Promise<T> {
      const label = `${kind}.get`;
      return routes.get(path(videoId, language, label), callFetch(transport, options, label));
    },
    /** Uploads a WebVTT file as the track for `language` (`POST /videos/{videoId}/<kind>/{language}`). */
    async upload(
      videoId: string,
      language: string,
      file: ApiVideoFileInput,
      options?: ApiVideoFileOptions & ApiVideoRequestOptions,
    ): Promise<T> {
      const label = `${kind}.upload`;
      const target = path(videoId, language, label);
      const { fileName, ...request } = options ?? {};
      const part = await readFilePart(file, ['text/vtt'], { fileName, label });
      return routes.upload(target, fileForm(part), callFetch(transport, request, label));
    },
    /** Deletes the track for `language` (`DELETE /videos/{videoId}/<kind>/{language}`). */
    async delete(videoId: string, language: string, options?: ApiVideoRequestOptions): Promise<void> {
      const label = `${kind}.delete`;
      return routes.delete(path(videoId, language, label), callFetch(transport, options, label));
    },
  };
}

/** Checks a track address (video id and language tag) before any request. */
export function trackPath(videoId: string, language: string, label: string): TrackPath {
  return { videoId: requireId(videoId, 'videoId', label), language: requireLanguage(language, label) };
}
