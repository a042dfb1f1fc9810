import { ConfigurationError, type UploadSource } from '@conduit/core';
import type { components } from '@conduit/specs/apivideo';
import { checkObject, requireId } from './apivideo-checks.js';
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
import type { Video, VideoCreationPayload, VideoStatus, VideoUpdatePayload } from './apivideo-types.js';
import { uploadVideoSource } from './apivideo-upload.js';
import type { ApiVideoUploadOptions } from './apivideo-upload-options.js';
import { type ApiVideoTokenUploadOptions, uploadWithToken } from './apivideo-upload-with-token.js';
import { type VideoListQuery, videoIterateKeys, videoPageKeys, videoQuery } from './apivideo-video-query.js';
import { type WaitUntilPlayableOptions, waitUntilPlayable } from './apivideo-wait-until-playable.js';

const thumbnailMaxBytes = 8 * 1_048_576;
const timecodePattern = /^(?:\d{2}:\d{2}:\d{2}(?:\.\d{1,3}|:\d{1,3})?|\d+)$/;

/** `client.videos`: video objects, their source upload, thumbnails, status and discarded videos. */
export function createVideosNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (query?: VideoListQuery & ApiVideoPageOptions, options?: ApiVideoRequestOptions): Promise<ApiVideoPage<Video>> => {
    const params = videoQuery(query, videoPageKeys, 'videos.listPage');
    checkPaging(params, 'videos.listPage');
    return bodyOf(api.GET('/videos', { params: { query: params }, fetch: callFetch(transport, options, 'videos.listPage') }));
  };

  const listDiscardedPage = async (
    query?: VideoListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<Video>> => {
    const params = videoQuery(query, videoPageKeys, 'videos.listDiscardedPage');
    checkPaging(params, 'videos.listDiscardedPage');
    return bodyOf(
      api.GET('/discarded/videos', { params: { query: params }, fetch: callFetch(transport, options, 'videos.listDiscardedPage') }),
    );
  };

  const get = async (videoId: string, options?: ApiVideoRequestOptions): Promise<Video> =>
    bodyOf(
      api.GET('/videos/{videoId}', {
        params: { path: { videoId: requireId(videoId, 'videoId', 'videos.get') } },
        fetch: callFetch(transport, options, 'videos.get'),
      }),
    );

  const getStatus = async (videoId: string, options?: ApiVideoRequestOptions): Promise<VideoStatus> =>
    bodyOf(
      api.GET('/videos/{videoId}/status', {
        params: { path: { videoId: requireId(videoId, 'videoId', 'videos.getStatus') } },
        fetch: callFetch(transport, options, 'videos.getStatus'),
      }),
    );

  return {
    /** Iterates every video matching the filters, page by page (`GET /videos`). */
    list(query?: VideoListQuery & ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<Video, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, videoIterateKeys, 'videos.list') as VideoListQuery & ApiVideoIterateOptions;
      videoQuery(rest, videoPageKeys, 'videos.list');
      return iteratePages((paging) => listPage({ ...rest, ...paging }, options), { ...rest, maxItems }, options?.signal, 'videos.list');
    },
    /** One page of videos with its pagination (`GET /videos`). */
    listPage,
    /** Creates a video container; upload its file with `upload`, or pass `source` to import a URL (`POST /videos`). */
    async create(payload: VideoCreationPayload, options?: ApiVideoRequestOptions): Promise<Video> {
      return bodyOf(
        api.POST('/videos', {
          body: payload as components['schemas']['VideoCreationPayload'],
          fetch: callFetch(transport, options, 'videos.create'),
        }),
      );
    },
    /** One video (`GET /videos/{videoId}`); private videos get fresh single-use asset tokens on every call. */
    get,
    /** Changes the given attributes; `tags` and `metadata` replace the lists (`PATCH /videos/{videoId}`). */
    async update(videoId: string, payload: VideoUpdatePayload, options?: ApiVideoRequestOptions): Promise<Video> {
      return bodyOf(
        api.PATCH('/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.update') } },
          body: payload,
          fetch: callFetch(transport, options, 'videos.update'),
        }),
      );
    },
    /** Deletes a video, or discards it when Video Restore is on (`DELETE /videos/{videoId}`). */
    async delete(videoId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.delete') } },
          fetch: callFetch(transport, options, 'videos.delete'),
        }),
      );
    },
    /**
     * Uploads the video file from a path, Blob, ReadableStream or bytes: one request up to
     * `chunkSize`, otherwise resumable `Content-Range` chunks (`POST /videos/{videoId}/source`).
     */
    async upload(videoId: string, source: UploadSource, options?: ApiVideoUploadOptions): Promise<Video> {
      return uploadVideoSource(context, videoId, source, options);
    },
    /** Delegated upload with an upload token, without the API key (`POST /upload?token=`); same as the top-level `uploadWithToken`. */
    async uploadWithToken(token: string, source: UploadSource, options: ApiVideoTokenUploadOptions = {}): Promise<Video> {
      const { fetch, maxRetries, backoff, maxRetryAfter, rateLimitStore, debug, now, sleep } = context.options;
      return uploadWithToken(token, source, {
        baseUrl: context.baseUrl,
        ...{ fetch, maxRetries, backoff, maxRetryAfter, rateLimitStore, debug, now, sleep },
        ...options,
      });
    },
    /** Upload and encoding status (`GET /videos/{videoId}/status`). */
    getStatus,
    /** Polls `getStatus` until the video is playable (or an encoding fails). */
    async waitUntilPlayable(videoId: string, options?: WaitUntilPlayableOptions): Promise<VideoStatus> {
      requireId(videoId, 'videoId', 'videos.waitUntilPlayable');
      return waitUntilPlayable((signal) => getStatus(videoId, { signal }), context.options, options);
    },
    /** Replaces the thumbnail with a JPEG, PNG or WebP image of at most 8 MiB (`POST /videos/{videoId}/thumbnail`). */
    async uploadThumbnail(
      videoId: string,
      image: ApiVideoFileInput,
      options?: ApiVideoFileOptions & ApiVideoRequestOptions,
    ): Promise<Video> {
      const label = 'videos.uploadThumbnail';
      requireId(videoId, 'videoId', label);
      const { fileName, ...request } = options ?? {};
      const part = await readFilePart(image, ['image/jpeg', 'image/png', 'image/webp'], { fileName, label, maxBytes: thumbnailMaxBytes });
      return bodyOf(
        api.POST('/videos/{videoId}/thumbnail', {
          params: { path: { videoId } },
          body: multipart(fileForm(part)),
          fetch: callFetch(transport, request, label),
        }),
      );
    },
    /** Uses the frame at `timecode` (`HH:MM:SS.mmm`, `HH:MM:SS:frame` or seconds) as thumbnail (`PATCH /videos/{videoId}/thumbnail`). */
    async pickThumbnail(videoId: string, timecode: string, options?: ApiVideoRequestOptions): Promise<Video> {
      const label = 'videos.pickThumbnail';
      requireId(videoId, 'videoId', label);
      if (typeof timecode !== 'string' || !timecodePattern.test(timecode)) {
        throw new ConfigurationError(
          `${label}: timecode must look like "00:01:00.000", "00:01:00:12" or "124", got ${JSON.stringify(timecode)}.`,
        );
      }
      return bodyOf(
        api.PATCH('/videos/{videoId}/thumbnail', {
          params: { path: { videoId } },
          body: { timecode },
          fetch: callFetch(transport, options, label),
        }),
      );
    },
    /** Iterates discarded (restorable) videos (`GET /discarded/videos`). */
    listDiscarded(
      query?: VideoListQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<Video, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, videoIterateKeys, 'videos.listDiscarded') as VideoListQuery & ApiVideoIterateOptions;
      videoQuery(rest, videoPageKeys, 'videos.listDiscarded');
      return iteratePages(
        (paging) => listDiscardedPage({ ...rest, ...paging }, options),
        { ...rest, maxItems },
        options?.signal,
        'videos.listDiscarded',
      );
    },
    /** One page of discarded videos (`GET /discarded/videos`). */
    listDiscardedPage,
    /** One discarded video (`GET /discarded/videos/{videoId}`). */
    async getDiscarded(videoId: string, options?: ApiVideoRequestOptions): Promise<Video> {
      return bodyOf(
        api.GET('/discarded/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.getDiscarded') } },
          fetch: callFetch(transport, options, 'videos.getDiscarded'),
        }),
      );
    },
    /** Restores a discarded video (`PATCH /discarded/videos/{videoId}` with `{ discarded: false }`). */
    async restoreDiscarded(videoId: string, options?: ApiVideoRequestOptions): Promise<Video> {
      return bodyOf(
        api.PATCH('/discarded/videos/{videoId}', {
          params: { path: { videoId: requireId(videoId, 'videoId', 'videos.restoreDiscarded') } },
          body: { discarded: false },
          fetch: callFetch(transport, options, 'videos.restoreDiscarded'),
        }),
      );
    },
  };
}

/** The `videos` namespace of an api.video client. */
export type ApiVideoVideos = ReturnType<typeof createVideosNamespace>;
