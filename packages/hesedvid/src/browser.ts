/**
 * @module
 * `@conduit/hesedvid/browser`: uploads to HesedVid's signed URLs and reads signed playback URLs and
 * share links in a browser. It holds no API key and no key-based auth: your server creates the
 * upload URL (`videos.createUploadUrl`) and starts processing with `@conduit/hesedvid`.
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
  type UploadProgress,
} from '@conduit/core';
export { type HesedVidPlaybackSource, readHesedVidPlayback } from './hesedvid-browser-playback.js';
export {
  type HesedVidBrowserContentType,
  type HesedVidBrowserUploadOptions,
  type HesedVidSignedUpload,
  uploadToHesedVid,
} from './hesedvid-browser-upload.js';
