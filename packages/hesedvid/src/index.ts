/**
 * @module
 * `@conduit/hesedvid`: a typed HesedVid client (video upload, listing, share links, signed playback
 * URLs and analytics) on `@conduit/core`'s transport, with typed errors and per-bucket rate limits.
 */
export {
  APIConnectionError,
  APIError,
  type APIErrorDetails,
  APIPromise,
  type APIResponse,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  type Middleware,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  type RateLimitState,
  RequestAbortedError,
  type RequestOptions,
  ResponseValidationError,
  UnprocessableEntityError,
} from '@conduit/core';
export type { components as HesedVidSchemas, paths as HesedVidPaths } from '@conduit/specs/hesedvid';
export type { HesedVidAnalytics } from './hesedvid-analytics.js';
export { type HesedVidPlaybackSource, readHesedVidPlayback } from './hesedvid-browser-playback.js';
export { type HesedVidBucket, hesedvidBucket } from './hesedvid-bucket.js';
export { createHesedVidClient, type HesedVidClient } from './hesedvid-client.js';
export { hesedvidContentTypes, maxHesedVidFileSize } from './hesedvid-content-types.js';
export { createHesedVidDefinition } from './hesedvid-definition.js';
export type { HesedVidEnvironment, HesedVidEnvironments } from './hesedvid-environments.js';
export { createHesedVidErrorParser, parseHesedVidError } from './hesedvid-error.js';
export {
  defaultHesedVidBaseUrl,
  type HesedVidClientOptions,
  type HesedVidKeyMode,
  hesedvidEnvironmentVariable,
} from './hesedvid-options.js';
export type { HesedVidPlayback, HesedVidSignedPlaybackUrl, HesedVidSignedUrlOptions } from './hesedvid-playback.js';
export type { HesedVidProcessingStatus, HesedVidReportedStatus } from './hesedvid-processing.js';
export type { HesedVidShareLinkOptions, HesedVidShareLinks } from './hesedvid-share-links.js';
export type {
  HesedVidAnalyticsReport,
  HesedVidContentType,
  HesedVidPagination,
  HesedVidShareLink,
  HesedVidVideo,
  HesedVidVideoPage,
  HesedVidVideoQuality,
  HesedVidVideoStatus,
} from './hesedvid-types.js';
export type { HesedVidUploadOptions, HesedVidUploadProgress, HesedVidUploadResult } from './hesedvid-upload.js';
export type { HesedVidUploadUrl, HesedVidUploadUrlInput, HesedVidVideoConfig } from './hesedvid-upload-url.js';
export type { HesedVidEnvironmentVideoFilters, HesedVidVideoFilters } from './hesedvid-video-filters.js';
export type { HesedVidVideos } from './hesedvid-videos.js';
