import type { components } from '@conduit/specs/apivideo';
import * as z from 'zod/mini';
import { ApiVideoWebhookError } from './apivideo-webhook-error.js';

type Schemas = components['schemas'];
/** `video.encoding.quality.completed`: one HLS or MP4 rendition of a video was encoded. */
export type VideoEncodingQualityCompletedEvent = Schemas['WebhookVideoEncodingQualityCompleted'];
/** `video.source.recorded`: a live stream recording was submitted for encoding. */
export type VideoSourceRecordedEvent = Schemas['WebhookVideoSourceRecorded'];
/** `live-stream.broadcast.started`. */
export type LiveStreamBroadcastStartedEvent = Schemas['WebhookLiveStreamBroadcastStarted'];
/** `live-stream.broadcast.ended`. */
export type LiveStreamBroadcastEndedEvent = Schemas['WebhookLiveStreamBroadcastEnded'];
/** `video.caption.generated`; members beyond `videoId` are undocumented and kept as sent. */
export type VideoCaptionGeneratedEvent = Schemas['WebhookVideoCaptionGenerated'];
/** `video.summary.generated`; members beyond `videoId` are undocumented and kept as sent. */
export type VideoSummaryGeneratedEvent = Schemas['WebhookVideoSummaryGenerated'];

/** Any api.video webhook delivery, discriminated by `type`. */
export type ApiVideoWebhookEvent =
  | VideoEncodingQualityCompletedEvent
  | VideoSourceRecordedEvent
  | LiveStreamBroadcastStartedEvent
  | LiveStreamBroadcastEndedEvent
  | VideoCaptionGeneratedEvent
  | VideoSummaryGeneratedEvent;

const qualities = ['240p', '360p', '480p', '720p', '1080p', '2160p'] as const;
const knownTypes: readonly ApiVideoWebhookEvent['type'][] = [
  'video.encoding.quality.completed',
  'video.source.recorded',
  'live-stream.broadcast.started',
  'live-stream.broadcast.ended',
  'video.caption.generated',
  'video.summary.generated',
];

const eventSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('video.encoding.quality.completed'),
    emittedAt: z.string(),
    videoId: z.string(),
    liveStreamId: z.optional(z.string()),
    encoding: z.enum(['hls', 'mp4']),
    quality: z.enum(qualities),
  }),
  z.looseObject({ type: z.literal('video.source.recorded'), emittedAt: z.string(), liveStreamId: z.string(), videoId: z.string() }),
  z.looseObject({ type: z.literal('live-stream.broadcast.started'), emittedAt: z.string(), liveStreamId: z.string() }),
  z.looseObject({ type: z.literal('live-stream.broadcast.ended'), emittedAt: z.string(), liveStreamId: z.string() }),
  z.looseObject({ type: z.literal('video.caption.generated'), emittedAt: z.string(), videoId: z.string() }),
  z.looseObject({ type: z.literal('video.summary.generated'), emittedAt: z.string(), videoId: z.string() }),
]);

function toObject(body: unknown): unknown {
  if (typeof body === 'string' || body instanceof Uint8Array) {
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ApiVideoWebhookError('The webhook body is not JSON.', undefined, { cause: error });
    }
  }
  return body;
}

/**
 * Parses a webhook delivery into a typed event, discriminated by `type`. Pass the raw body (the
 * same string or bytes you verified with `verifyWebhookSignature`) or the parsed JSON. Throws
 * `ApiVideoWebhookError` for a body that is not a documented event (an unknown `type` included).
 *
 * @example
 * ```ts
 * import { parseApiVideoWebhook } from '@conduit/apivideo';
 * declare const rawBody: string;
 * const event = parseApiVideoWebhook(rawBody);
 * if (event.type === 'video.encoding.quality.completed') console.log(event.videoId, event.quality);
 * ```
 */
export function parseApiVideoWebhook(body: unknown): ApiVideoWebhookEvent {
  const value = toObject(body);
  const parsed = z.safeParse(eventSchema, value);
  if (parsed.success) {
    return parsed.data as ApiVideoWebhookEvent;
  }
  const type = typeof (value as { type?: unknown } | null)?.type === 'string' ? (value as { type: string }).type : undefined;
  const known = type !== undefined && (knownTypes as readonly string[]).includes(type);
  const message = known
    ? `The ${type} webhook body lacks documented members (${parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ')}).`
    : `Unknown api.video webhook event type ${JSON.stringify(type ?? null)}.`;
  throw new ApiVideoWebhookError(message, type, { cause: parsed.error });
}
