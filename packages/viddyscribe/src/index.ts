/**
 * @module
 * `@conduit/viddyscribe`: a typed client for the ViddyScribe Enterprise API (audio description):
 * media uploads by URL, multipart or signed URL, text/audio/video generation jobs, job waiting and
 * fresh result links, on `@conduit/core`'s transport and typed errors.
 */
// The core error classes users catch and the types of every method, re-exported so one import is enough.
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
export type { components, operations, paths } from '@conduit/specs/viddyscribe';
export { createViddyScribeClient, type ViddyScribeClient } from './viddyscribe-client.js';
export type { ViddyScribeApi } from './viddyscribe-context.js';
export { parseViddyScribeError } from './viddyscribe-error.js';
export type { JobAccepted, MediaReference } from './viddyscribe-generate.js';
export type { JobKind } from './viddyscribe-generation-config.js';
export type {
  AdType,
  AudioGenerationOptions,
  AudioTrackType,
  BaseGenerationOptions,
  CustomCaptions,
  NarrationOptions,
  OutputFormat,
  TextGenerationOptions,
  VideoCategory,
  VideoGenerationOptions,
  VolumeOption,
} from './viddyscribe-generation-options.js';
export { ViddyScribeJobFailedError } from './viddyscribe-job-failed-error.js';
export type { JobResult } from './viddyscribe-job-links.js';
export type { JobsNamespace, WaitForJobOptions } from './viddyscribe-jobs.js';
export type { MediaNamespace } from './viddyscribe-media.js';
export type { MediaUploadSource } from './viddyscribe-media-source.js';
export {
  defaultViddyScribeBaseUrl,
  defaultViddyScribeOptions,
  type ViddyScribeClientOptions,
  viddyscribeEnvironmentVariable,
} from './viddyscribe-options.js';
export { ViddyScribeUploadFailedError } from './viddyscribe-upload-failed-error.js';
export type { MediaUploadOptions, MediaUploadProgress, UploadedMedia, WaitForUploadOptions } from './viddyscribe-upload-options.js';
export type { UploadStatus } from './viddyscribe-upload-wait.js';
