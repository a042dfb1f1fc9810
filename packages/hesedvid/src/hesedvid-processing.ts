import { type APIPromise, callApi, type RequestOptions, readJson } from '@conduit/core';
import * as z from 'zod/mini';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer } from './hesedvid-envelope.js';
import { requireVideoId } from './hesedvid-require-video-id.js';
import type { HesedVidVideoStatus } from './hesedvid-types.js';

/** A status HesedVid reports; the docs name `transcoding`, `ready` and `failed`, others are passed through. */
export type HesedVidReportedStatus = HesedVidVideoStatus | (string & Record<never, never>);

/**
 * A video's processing status: HesedVid's `VideoStatusResult` (`getVideoStatus`) or
 * `StartProcessingResult` (`startProcessing`), with the spec's field names. `videoID` is the ID
 * asked about when HesedVid leaves it out; `startProcessing` reads a missing `status` as `transcoding`.
 */
export interface HesedVidProcessingStatus {
  /** The video this status is for (HesedVid's `videoID`). */
  videoID: string;
  /** `transcoding`, `ready`, `failed`, or another status HesedVid reports. */
  status: HesedVidReportedStatus;
}

const statusSchema = z.looseObject({ videoID: z.optional(z.nullable(z.string())), status: z.string() });
const startSchema = z.looseObject({ videoID: z.optional(z.nullable(z.string())), status: z.optional(z.nullable(z.string())) });

/** True for the statuses that end processing. */
export function isFinalStatus(status: string): status is 'ready' | 'failed' {
  return status === 'ready' || status === 'failed';
}

/** `startProcessing`: starts transcoding after the file is uploaded (step 3). Not retried after an ambiguous failure unless `idempotent`. */
export function startProcessing(context: HesedVidContext, videoId: string, options?: RequestOptions): APIPromise<HesedVidProcessingStatus> {
  const label = 'videos.startProcessing';
  return callApi(context.transport, {
    label,
    options,
    send: (fetch) =>
      context.api.POST('/{orgID}/videos/{publicID}/start-processing', {
        params: { path: { orgID: context.orgId, publicID: requireVideoId(videoId, label) } },
        fetch,
      }),
    read: (result) => {
      const body = readJson<z.infer<typeof startSchema>>(result, hesedvidAnswer(label, startSchema));
      return { ...body, videoID: body.videoID || videoId, status: body.status ?? 'transcoding' };
    },
  });
}

/** `getVideoStatus`: the video's processing status (step 4; poll until `ready` or `failed`). */
export function getVideoStatus(context: HesedVidContext, videoId: string, options?: RequestOptions): APIPromise<HesedVidProcessingStatus> {
  const label = 'videos.getStatus';
  return callApi(context.transport, {
    label,
    options,
    send: (fetch) =>
      context.api.GET('/{orgID}/videos/{publicID}/status', {
        params: { path: { orgID: context.orgId, publicID: requireVideoId(videoId, label) } },
        fetch,
      }),
    read: (result) => {
      const body = readJson<z.infer<typeof statusSchema>>(result, hesedvidAnswer(label, statusSchema));
      return { ...body, videoID: body.videoID || videoId };
    },
  });
}
