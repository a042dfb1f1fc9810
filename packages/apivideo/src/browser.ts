/**
 * @module
 * `@conduit/apivideo/browser`: delegated (upload-token) uploads from a browser, chunked and
 * resumable, with progress, abort and typed errors, and helpers for private video asset URLs. It
 * holds no API key and no key-based auth: your server creates upload tokens with `@conduit/apivideo`.
 */
// The typed errors an upload can end with, so one import is enough.
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConduitError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  UnprocessableEntityError,
} from '@conduit/core';
export { type ApiVideoAsset, readApiVideoAsset, withApiVideoSession } from './apivideo-browser-assets.js';
export {
  type ApiVideoBrowserUploadOptions,
  type ApiVideoBrowserUploadProgress,
  type ApiVideoUploadedVideo,
  uploadWithToken,
} from './apivideo-browser-upload.js';
export { ApiVideoUploadError, type ApiVideoUploadState } from './apivideo-browser-upload-error.js';
