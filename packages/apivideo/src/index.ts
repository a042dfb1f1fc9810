/**
 * @module
 * `@conduit/apivideo`: a typed api.video client on `@conduit/core`: all 59 operations, chunked
 * and resumable uploads, delegated uploads with upload tokens, pagination, rate-limit buckets,
 * webhook verification and typed webhook events.
 */
// The typed errors the client throws, so one import is enough.

export type { APIErrorDetails, APIResponse, Middleware, RateLimitState, RequestOptions } from '@conduit/core';
export {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '@conduit/core';
export type {
  AnalyticsAggregation,
  AnalyticsBreakdown,
  AnalyticsBreakdownItem,
  AnalyticsBreakdownMetric,
  AnalyticsBreakdownQuery,
  AnalyticsBreakdownResponse,
  AnalyticsMetric,
  AnalyticsMetricResponse,
  AnalyticsTimeseriesMetric,
  AnalyticsTimeseriesPoint,
  AnalyticsTimeseriesQuery,
  AnalyticsTimeseriesResponse,
  ApiVideoAnalytics,
} from './apivideo-analytics.js';
export type { AnalyticsFilter, AnalyticsQuery } from './apivideo-analytics-query.js';
export { type ApiVideoBucket, apivideoBucket } from './apivideo-bucket.js';
export type { ApiVideoCaptions } from './apivideo-captions.js';
export type { ApiVideoChapters } from './apivideo-chapters.js';
export type { ApiVideoChunkRequest } from './apivideo-chunked-upload.js';
export { type ApiVideoClient, createApiVideoClient } from './apivideo-client.js';
export {
  type ApiVideoErrorDetails,
  type ApiVideoProblem,
  type ApiVideoProblemDetails,
  parseApiVideoError,
  problemSlug,
} from './apivideo-error.js';
export type { ApiVideoFileInput, ApiVideoFileKind, ApiVideoFileOptions } from './apivideo-file.js';
export type { ApiVideoLiveStreams, LiveStreamListQuery } from './apivideo-live-streams.js';
export {
  type ApiVideoAuthMode,
  type ApiVideoClientOptions,
  type ApiVideoEnvironment,
  apivideoBaseUrls,
  apivideoEnvironmentVariable,
} from './apivideo-options.js';
export type { ApiVideoListOptions, ApiVideoPage } from './apivideo-pagination.js';
export type { ApiVideoPlayers, PlayerLogoOptions, PlayerThemeListQuery } from './apivideo-players.js';
export { serializeApiVideoQuery } from './apivideo-query.js';
export type { ApiVideoSummaries, SummaryListQuery } from './apivideo-summaries.js';
export type { ApiVideoTags, TagListQuery } from './apivideo-tags.js';
export type {
  Caption,
  Chapter,
  LiveStream,
  LiveStreamCreationPayload,
  LiveStreamUpdatePayload,
  Pagination,
  PlayerTheme,
  PlayerThemeCreationPayload,
  PlayerThemeUpdatePayload,
  Summary,
  SummaryCreationPayload,
  SummarySource,
  SummaryUpdatePayload,
  Tag,
  UploadToken,
  Video,
  VideoCreationPayload,
  VideoLanguage,
  VideoStatus,
  VideoUpdatePayload,
  Watermark,
  Webhook,
  WebhookCreationPayload,
  WebhookEventType,
} from './apivideo-types.js';
export { ApiVideoUploadError } from './apivideo-upload-error.js';
export { type ApiVideoUploadOptions, type ApiVideoUploadProgress, apivideoUploadLimits } from './apivideo-upload-options.js';
export type { ApiVideoUploadState } from './apivideo-upload-state.js';
export type { ApiVideoUploadTokens, UploadTokenListQuery } from './apivideo-upload-tokens.js';
export { type ApiVideoTokenUploadOptions, uploadWithToken } from './apivideo-upload-with-token.js';
export type { VideoListQuery } from './apivideo-video-query.js';
export type { ApiVideoVideos } from './apivideo-videos.js';
export { isEncodingSettled, type WaitUntilPlayableOptions } from './apivideo-wait-until-playable.js';
export type { ApiVideoWatermarks, WatermarkListQuery } from './apivideo-watermarks.js';
export { ApiVideoWebhookError } from './apivideo-webhook-error.js';
export {
  type ApiVideoWebhookEvent,
  type LiveStreamBroadcastEndedEvent,
  type LiveStreamBroadcastStartedEvent,
  parseApiVideoWebhook,
  type VideoCaptionGeneratedEvent,
  type VideoEncodingQualityCompletedEvent,
  type VideoSourceRecordedEvent,
  type VideoSummaryGeneratedEvent,
} from './apivideo-webhook-events.js';
export { apivideoSignatureHeader, verifyWebhookSignature } from './apivideo-webhook-signature.js';
export { type ApiVideoWebhooks, apivideoWebhookEvents, type WebhookListQuery } from './apivideo-webhooks.js';
