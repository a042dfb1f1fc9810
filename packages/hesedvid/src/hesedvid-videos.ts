import type { UploadSource } from '@conduit/core';
import * as z from 'zod/mini';
import { callFetch, type HesedVidContext, type RequestOptions, requireVideoId } from './hesedvid-context.js';
import { unwrapBody } from './hesedvid-envelope.js';
import { getVideoStatus, type HesedVidProcessingStatus, startProcessing } from './hesedvid-processing.js';
import type { HesedVidVideo } from './hesedvid-types.js';
import { type HesedVidUploadOptions, type HesedVidUploadResult, uploadVideo } from './hesedvid-upload.js';
import { createUploadUrl, type HesedVidUploadUrl, type HesedVidUploadUrlInput } from './hesedvid-upload-url.js';
import type { HesedVidEnvironmentVideoFilters, HesedVidVideoFilters } from './hesedvid-video-filters.js';
import { type HesedVidVideoPage, listOrganizationVideos, listVideoPage, listVideos } from './hesedvid-video-list.js';

/** `client.videos`: upload, list, inspect and delete videos. */
export interface HesedVidVideos {
  /** Uploads a file end to end (signed URL, PUT, start processing, poll until ready). */
  upload(source: UploadSource, options?: HesedVidUploadOptions, requestOptions?: RequestOptions): Promise<HesedVidUploadResult>;
  /** Every video of the environment as an async iterator (`listVideos`, page by page). */
  list(filters?: HesedVidEnvironmentVideoFilters, options?: RequestOptions): AsyncGenerator<HesedVidVideo, void, undefined>;
  /** One page of the environment's videos with its pagination metadata. */
  listPage(filters?: HesedVidEnvironmentVideoFilters, options?: RequestOptions): Promise<HesedVidVideoPage>;
  /** Every video across the organization as an async iterator (`listOrganizationVideos`). */
  listOrganization(filters?: HesedVidVideoFilters, options?: RequestOptions): AsyncGenerator<HesedVidVideo, void, undefined>;
  /** A video's metadata (`getVideo`). */
  get(videoId: string, options?: RequestOptions): Promise<HesedVidVideo>;
  /** Soft-deletes a video: no longer listed or playable, analytics kept (`deleteVideo`). */
  delete(videoId: string, options?: RequestOptions): Promise<void>;
  /** Step 1 of an upload: a signed PUT URL for a new video (`createUploadUrl`). */
  createUploadUrl(input: HesedVidUploadUrlInput, options?: RequestOptions): Promise<HesedVidUploadUrl>;
  /** Step 3 of an upload: starts transcoding (`startProcessing`). */
  startProcessing(videoId: string, options?: RequestOptions): Promise<HesedVidProcessingStatus>;
  /** Step 4 of an upload: the processing status (`getVideoStatus`). */
  getStatus(videoId: string, options?: RequestOptions): Promise<HesedVidProcessingStatus>;
}

const videoSchema = z.looseObject({ id: z.string(), status: z.string() });

/** Builds `client.videos` on a shared context. */
export function createVideos(context: HesedVidContext): HesedVidVideos {
  return {
    upload: (source, options, requestOptions) => uploadVideo(context, source, options, requestOptions),
    list: (filters, options) => listVideos(context, filters, options),
    listPage: (filters, options) => listVideoPage(context, filters, options),
    listOrganization: (filters, options) => listOrganizationVideos(context, filters, options),
    async get(videoId, options) {
      const label = 'videos.get';
      const id = requireVideoId(videoId, label);
      const result = await context.api.GET('/{orgID}/videos/{publicID}', {
        params: { path: { orgID: context.orgId, publicID: id } },
        fetch: callFetch(context, options, label),
      });
      return unwrapBody(result, videoSchema, 'the video') as HesedVidVideo;
    },
    async delete(videoId, options) {
      const label = 'videos.delete';
      const id = requireVideoId(videoId, label);
      await context.api.DELETE('/{orgID}/videos/{publicID}', {
        params: { path: { orgID: context.orgId, publicID: id } },
        fetch: callFetch(context, options, label),
      });
    },
    createUploadUrl: (input, options) => createUploadUrl(context, input, options),
    startProcessing: (videoId, options) => startProcessing(context, videoId, options),
    getStatus: (videoId, options) => getVideoStatus(context, videoId, options),
  };
}
