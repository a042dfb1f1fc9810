import type { APIPromise, CallFetch, FetchResult, OperationEntry, RequestOptions } from '@conduit/core';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkObject, requireId, requireLanguage } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, checkFileOptions, fileForm, readFilePart } from './apivideo-file.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall } from './apivideo-pagination.js';

/** A track's address: the video and an IETF language tag. */
export interface TrackPath {
  videoId: string;
  language: string;
}

/** The typed openapi-fetch calls of one kind of track, with its exact paths (`/videos/{videoId}/captions`, ...). */
export interface TrackRoutes<T> {
  /** The list operation's entry in the generated table (its paging style). */
  listOperation: OperationEntry;
  list(videoId: string, page: { currentPage: number; pageSize: number }, fetch: CallFetch): Promise<FetchResult>;
  get(path: TrackPath, fetch: CallFetch): Promise<FetchResult & { data?: T | undefined }>;
  upload(path: TrackPath, form: FormData, fetch: CallFetch): Promise<FetchResult & { data?: T | undefined }>;
  delete(path: TrackPath, fetch: CallFetch): Promise<FetchResult>;
}

/**
 * What `captions` and `chapters` share: list (one page, or every track), get, upload a WebVTT
 * file for a language and delete, each checking its input before any request.
 */
export function createTrackNamespace<T>(context: ApiVideoContext, kind: 'captions' | 'chapters', routes: TrackRoutes<T>) {
  const path = trackPath;
  return {
    /** A video's tracks (`GET /videos/{videoId}/<kind>`): await for one page, or iterate every track. */
    list(videoId: string, paging?: ApiVideoListOptions, options?: RequestOptions) {
      const label = `${kind}.list`;
      return listCall<string, ApiVideoPage<T>>(context, {
        label,
        operation: routes.listOperation,
        options,
        check: () => ({
          query: requireId(videoId, 'videoId', label),
          paging: checkObject(paging, ['currentPage', 'pageSize', 'maxItems'], label) as ApiVideoListOptions,
        }),
        send: (id, page, fetch) => routes.list(id, page, fetch),
      });
    },
    /** The track for `language` (`GET /videos/{videoId}/<kind>/{language}`). */
    get(videoId: string, language: string, options?: RequestOptions): APIPromise<T> {
      const label = `${kind}.get`;
      return jsonCall(context, label, options, (fetch) => routes.get(path(videoId, language, label), fetch)) as APIPromise<T>;
    },
    /** Uploads a WebVTT file as the track for `language` (`POST /videos/{videoId}/<kind>/{language}`). */
    upload(
      videoId: string,
      language: string,
      file: ApiVideoFileInput,
      fileOptions?: ApiVideoFileOptions,
      options?: RequestOptions,
    ): APIPromise<T> {
      const label = `${kind}.upload`;
      return jsonCall(context, label, options, async (fetch) => {
        const target = path(videoId, language, label);
        const part = await readFilePart(file, ['text/vtt'], { ...checkFileOptions(fileOptions, label), label });
        return routes.upload(target, fileForm(part), fetch);
      }) as APIPromise<T>;
    },
    /** Deletes the track for `language` (`DELETE /videos/{videoId}/<kind>/{language}`). */
    delete(videoId: string, language: string, options?: RequestOptions): APIPromise<void> {
      const label = `${kind}.delete`;
      return emptyCall(context, label, options, (fetch) => routes.delete(path(videoId, language, label), fetch));
    },
  };
}

/** Checks a track address (video id and language tag) before any request. */
export function trackPath(videoId: string, language: string, label: string): TrackPath {
  return { videoId: requireId(videoId, 'videoId', label), language: requireLanguage(language, label) };
}
