/**
 * @module
 * `@conduit/scriptix/browser`: uploads media to a Scriptix session's Azure SAS URL from a browser, with
 * progress, abort and typed errors. It holds no API token and no key-based auth: your server
 * creates the session and its upload URL, then polls it, with `@conduit/scriptix`.
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
export { type ScriptixBrowserUploadOptions, type ScriptixSasUpload, uploadToScriptix } from './scriptix-browser-upload.js';
