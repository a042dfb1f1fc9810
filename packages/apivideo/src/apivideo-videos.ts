import { type APIPromise, ConfigurationError, type RequestOptions, type UploadSource } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, checkFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall } from './apivideo-pagination.js';
import type { Video, VideoCreationPayload, VideoStatus, VideoUpdatePayload } from './apivideo-types.js';
import { uploadVideoSource } from './apivideo-upload.js';
import type { ApiVideoUploadOptions } from './apivideo-upload-options.js';
import { type ApiVideoTokenUploadOptions, uploadWithToken } from './apivideo-upload-with-token.js';
import { type VideoListQuery, videoQuery } from './apivideo-video-query.js';
import { type WaitUntilPlayableOptions, waitUntilPlayable } from './apivideo-wait-until-playable.js';

const thumbnailMaxBytes = 8 * 1_048_576;
const timecodePattern = /^(?:\d{2}:\d{2}:\d{2}(?:\.\d{1,3}|:\d{1,3})?|\d+)$/;

/** `client.videos`: video objects, their source upload, thumbnails, status and discarded videos. */
export function createVideosNamespace(context: ApiVideoContext) {
  const { api } = context;

  const getStatus = (videoId: string, options?: RequestOptions) =>
    jsonCall(context, 'videos.getStatus', options, (fetch) =>
      api.GET('/videos/{videoId}/status', { params: { path: { videoId: requireId(videoId, 'videoId', 'videos.getStatus') } }, fetch }),
    );

  return {
    /**
     * Videos matching the filters (`GET /videos`): await for the page `currentPage` (`data` and
     * `pagination`), or iterate with `for await` for every video across pages.
     */
    list(query?: VideoListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'videos.list';
      return listCall<ReturnType<typeof videoQuery>['query'], ApiVideoPage<Video>>(context, {
        label,
        operation: apiVideoOperations.listVideos,
        options,
        check: () => videoQuery(query, label),
        send: (params, page, fetch) => api.GET('/videos', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Creates a video container; upload its file with `upload`, or pass `source` to import a URL (`POST /videos`). */
    create(payload: VideoCreationPayload, options?: RequestOptions): APIPromise<Video> {
      return jsonCall(context, 'videos.create', options, (fetch) => api.POST('/videos', { body: payload, fetch }));
    },
    /** One video (`GET /videos/{videoId}`); private videos get fresh single-use asset tokens on every call. */
    get(videoId: string, options?: RequestOptions): APIPromise<Video> {
      return jsonCall(context, 'videos.get', options, (fetch) =>
        api.GET('/videos/{videoId}', { params: { path: { videoId: requireId(videoId, 'videoId', 'videos.get') } }, fetch }),
      );
    },
    /** Changes the given attributes; `tags` and `metadata` replace the lists (`PATCH /videos/{videoId}`). */
    update(videoId: string, payload: VideoUpdatePayload, options?: RequestOptions): APIPromise<Video> {
      return jsonCall(context, 'videos.update', options, (fetch) =>
        api.PATCH('/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.update') } },
          body: payload,
          fetch,
        }),
      );
    },
    /** Deletes a video, or discards it when Video Restore is on (`DELETE /videos/{videoId}`). */
    delete(videoId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'videos.delete', options, (fetch) =>
        api.DELETE('/videos/{videoId}', { params: { path: { videoId: requireId(videoId, 'videoId', 'videos.delete') } }, fetch }),
      );
    },
    /**
     * Uploads the video file from a path, Blob, ReadableStream or bytes: one request up to
     * `chunkSize`, otherwise resumable `Content-Range` chunks (`POST /videos/{videoId}/source`).
     * Resolves to the video as the last chunk's answer gives it.
     */
    upload(videoId: string, source: UploadSource, upload?: ApiVideoUploadOptions, options?: RequestOptions): APIPromise<Video> {
      return uploadVideoSource(context, videoId, source, upload, options);
    },
    /** Delegated upload with an upload token, without the API key (`POST /upload?token=`); same as the top-level `uploadWithToken`. */
    uploadWithToken(
      token: string,
      source: UploadSource,
      upload: ApiVideoTokenUploadOptions = {},
      options?: RequestOptions,
    ): APIPromise<Video> {
      const { fetch, maxRetries, backoff, maxRetryAfter, rateLimitStore, debug, now, sleep } = context.options;
      return uploadWithToken(
        token,
        source,
        { baseUrl: context.baseUrl, ...{ fetch, maxRetries, backoff, maxRetryAfter, rateLimitStore, debug, now, sleep }, ...upload },
        options,
      );
    },
    /** Upload and encoding status (`GET /videos/{videoId}/status`). */
    getStatus(videoId: string, options?: RequestOptions): APIPromise<VideoStatus> {
      return getStatus(videoId, options);
    },
    /** Polls `getStatus` until the video is playable (or an encoding fails); resolves to the last status read. */
    waitUntilPlayable(videoId: string, wait?: WaitUntilPlayableOptions, options?: RequestOptions): APIPromise<VideoStatus> {
      return waitUntilPlayable(
        context,
        (signal) => getStatus(requireId(videoId, 'videoId', 'videos.waitUntilPlayable'), { ...options, signal }).withResponse(),
        wait,
        options,
      );
    },
    /** Replaces the thumbnail with a JPEG, PNG or WebP image of at most 8 MiB (`POST /videos/{videoId}/thumbnail`). */
    uploadThumbnail(videoId: string, image: ApiVideoFileInput, file?: ApiVideoFileOptions, options?: RequestOptions): APIPromise<Video> {
      const label = 'videos.uploadThumbnail';
      return jsonCall(context, label, options, async (fetch) => {
        requireId(videoId, 'videoId', label);
        const part = await readFilePart(image, ['image/jpeg', 'image/png', 'image/webp'], {
          ...checkFileOptions(file, label),
          label,
          maxBytes: thumbnailMaxBytes,
        });
        return api.POST('/videos/{videoId}/thumbnail', { params: { path: { videoId } }, body: multipart(fileForm(part)), fetch });
      });
    },
    /** Uses the frame at `timecode` (`HH:MM:SS.mmm`, `HH:MM:SS:frame` or seconds) as thumbnail (`PATCH /videos/{videoId}/thumbnail`). */
    pickThumbnail(videoId: string, timecode: string, options?: RequestOptions): APIPromise<Video> {
      const label = 'videos.pickThumbnail';
      return jsonCall(context, label, options, (fetch) => {
        requireId(videoId, 'videoId', label);
        if (typeof timecode !== 'string' || !timecodePattern.test(timecode)) {
          throw new ConfigurationError(
            `${label}: timecode must look like "00:01:00.000", "00:01:00:12" or "124", got ${JSON.stringify(timecode)}.`,
          );
        }
        return api.PATCH('/videos/{videoId}/thumbnail', { params: { path: { videoId } }, body: { timecode }, fetch });
      });
    },
    /** Discarded (restorable) videos (`GET /discarded/videos`): await for one page, or iterate every video. */
    listDiscarded(query?: VideoListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'videos.listDiscarded';
      return listCall<ReturnType<typeof videoQuery>['query'], ApiVideoPage<Video>>(context, {
        label,
        operation: apiVideoOperations.listDiscardedVideos,
        options,
        check: () => videoQuery(query, label),
        send: (params, page, fetch) => api.GET('/discarded/videos', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** One discarded video (`GET /discarded/videos/{videoId}`). */
    getDiscarded(videoId: string, options?: RequestOptions): APIPromise<Video> {
      return jsonCall(context, 'videos.getDiscarded', options, (fetch) =>
        api.GET('/discarded/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.getDiscarded') } },
          fetch,
        }),
      );
    },
    /** Restores a discarded video (`PATCH /discarded/videos/{videoId}` with `{ discarded: false }`). */
    restoreDiscarded(videoId: string, options?: RequestOptions): APIPromise<Video> {
      return jsonCall(context, 'videos.restoreDiscarded', options, (fetch) =>
        api.PATCH('/discarded/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.restoreDiscarded') } },
          body: { discarded: false },
          fetch,
        }),
      );
    },
  };
}

/** The `videos` namespace of an api.video client. */
export type ApiVideoVideos = ReturnType<typeof createVideosNamespace>;
