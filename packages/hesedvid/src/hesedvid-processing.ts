import * as z from 'zod/mini';
import { callFetch, type HesedVidContext, type RequestOptions, requireVideoId } from './hesedvid-context.js';
import { unwrapBody } from './hesedvid-envelope.js';
import type { HesedVidVideoStatus } from './hesedvid-types.js';

/** A status HesedVid reports; the docs name `transcoding`, `ready` and `failed`, others are passed through. */
export type HesedVidReportedStatus = HesedVidVideoStatus | (string & Record<never, never>);

/** A video's processing status. */
export interface HesedVidProcessingStatus {
  /** The video this status is for. */
  videoId: string;
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
export async function startProcessing(
  context: HesedVidContext,
  videoId: string,
  options?: RequestOptions,
): Promise<HesedVidProcessingStatus> {
  const label = 'videos.startProcessing';
  const id = requireVideoId(videoId, label);
  const result = await context.api.POST('/{orgID}/videos/{publicID}/start-processing', {
    params: { path: { orgID: context.orgId, publicID: id } },
    fetch: callFetch(context, options, label),
  });
  const body = unwrapBody(result, startSchema, 'start-processing');
  return { videoId: body.videoID || id, status: body.status ?? 'transcoding' };
}

/** `getVideoStatus`: the video's processing status (step 4; poll until `ready` or `failed`). */
export async function getVideoStatus(
  context: HesedVidContext,
  videoId: string,
  options?: RequestOptions,
): Promise<HesedVidProcessingStatus> {
  const label = 'videos.getStatus';
  const id = requireVideoId(videoId, label);
  const result = await context.api.GET('/{orgID}/videos/{publicID}/status', {
    params: { path: { orgID: context.orgId, publicID: id } },
    fetch: callFetch(context, options, label),
  });
  const body = unwrapBody(result, statusSchema, 'the video status');
  return { videoId: body.videoID || id, status: body.status };
}
