import { type APIPromise, callApi, type PagePromise, type RequestOptions, readJson, type UploadSource } from '@conduit/core';
import * as z from 'zod/mini';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer } from './hesedvid-envelope.js';
import { getVideoStatus, type HesedVidProcessingStatus, startProcessing } from './hesedvid-processing.js';
import { requireVideoId } from './hesedvid-require-video-id.js';
import type { HesedVidVideo, HesedVidVideoPage } from './hesedvid-types.js';
import { type HesedVidUploadOptions, type HesedVidUploadResult, uploadVideo } from './hesedvid-upload.js';
import { createUploadUrl, type HesedVidUploadUrl, type HesedVidUploadUrlInput } from './hesedvid-upload-url.js';
import type { HesedVidEnvironmentVideoFilters, HesedVidVideoFilters } from './hesedvid-video-filters.js';
import { listOrganizationVideos, listVideos } from './hesedvid-video-list.js';

/** `client.videos`: upload, list, inspect and delete videos. Every method takes `RequestOptions` last and returns an `APIPromise`. */
export interface HesedVidVideos {
  /** Uploads a file end to end (signed URL, PUT, start processing, poll until ready); resolves to the final `{ videoID, status }`. */
  upload(source: UploadSource, options?: HesedVidUploadOptions, requestOptions?: RequestOptions): APIPromise<HesedVidUploadResult>;
  /** The environment's videos (`listVideos`): await for the page `filters.page` (`{ videos, pagination }`), `for await` for every video. */
  list(filters?: HesedVidEnvironmentVideoFilters, options?: RequestOptions): PagePromise<HesedVidVideoPage, HesedVidVideo>;
  /** @deprecated Use `list`: awaiting it resolves to the same page (`{ videos, pagination }`). */
  listPage(filters?: HesedVidEnvironmentVideoFilters, options?: RequestOptions): PagePromise<HesedVidVideoPage, HesedVidVideo>;
  /** Every video across the organization (`listOrganizationVideos`), paged like `list`. */
  listOrganization(filters?: HesedVidVideoFilters, options?: RequestOptions): PagePromise<HesedVidVideoPage, HesedVidVideo>;
  /** A video's metadata (`getVideo`). */
  get(videoId: string, options?: RequestOptions): APIPromise<HesedVidVideo>;
  /** Soft-deletes a video: no longer listed or playable, analytics kept (`deleteVideo`). */
  delete(videoId: string, options?: RequestOptions): APIPromise<void>;
  /** Step 1 of an upload: a signed PUT URL for a new video (`createUploadUrl`), HesedVid's answer as is. */
  createUploadUrl(input: HesedVidUploadUrlInput, options?: RequestOptions): APIPromise<HesedVidUploadUrl>;
  /** Step 3 of an upload: starts transcoding (`startProcessing`). */
  startProcessing(videoId: string, options?: RequestOptions): APIPromise<HesedVidProcessingStatus>;
  /** Step 4 of an upload: the processing status (`getVideoStatus`). */
  getStatus(videoId: string, options?: RequestOptions): APIPromise<HesedVidProcessingStatus>;
}

const videoSchema = z.looseObject({ id: z.string(), status: z.string() });

/** Builds `client.videos` on a shared context. */
export function createVideos(context: HesedVidContext): HesedVidVideos {
  return {
    upload: (source, options, requestOptions) => uploadVideo(context, source, options, requestOptions),
    list: (filters, options) => listVideos(context, filters, options),
    listPage: (filters, options) => listVideos(context, filters, options),
    listOrganization: (filters, options) => listOrganizationVideos(context, filters, options),
    get(videoId, options) {
      const label = 'videos.get';
      return callApi(context.transport, {
        label,
        options,
        send: (fetch) =>
          context.api.GET('/{orgID}/videos/{publicID}', {
            params: { path: { orgID: context.orgId, publicID: requireVideoId(videoId, label) } },
            fetch,
          }),
        read: (result) => readJson<HesedVidVideo>(result, hesedvidAnswer(label, videoSchema)),
      });
    },
    delete(videoId, options) {
      const label = 'videos.delete';
      return callApi(context.transport, {
        label,
        options,
        send: (fetch) =>
          context.api.DELETE('/{orgID}/videos/{publicID}', {
            params: { path: { orgID: context.orgId, publicID: requireVideoId(videoId, label) } },
            fetch,
          }),
        // HesedVid answers 200 with an undocumented `{ body }` or an empty 204: neither is read.
        read: () => undefined,
      });
    },
    createUploadUrl: (input, options) => createUploadUrl(context, input, options),
    startProcessing: (videoId, options) => startProcessing(context, videoId, options),
    getStatus: (videoId, options) => getVideoStatus(context, videoId, options),
  };
}
