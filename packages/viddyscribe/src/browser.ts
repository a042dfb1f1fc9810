/**
 * @module
 * `@conduit/viddyscribe/browser`: uploads media to ViddyScribe's signed URLs from a browser, with
 * progress, abort and typed errors. It holds no API key and no key-based auth: your server requests
 * the signed URL (`upload_media`), then notifies and polls with `@conduit/viddyscribe`.
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
export {
  uploadToViddyScribe,
  type ViddyScribeBrowserUploadOptions,
  type ViddyScribeSignedUpload,
} from './viddyscribe-browser-upload.js';
