/**
 * @module
 * `@conduit/core`: the auth, transport, typed errors, retries, rate limiting, redaction and
 * upload/polling/pagination helpers shared by every Conduit provider client.
 */
export { apiKeyHeader } from './auth/api-key-header.js';
export type { AuthContext, AuthScheme, AuthStrategy } from './auth/auth-strategy.js';
export { basic } from './auth/basic.js';
export { bearer } from './auth/bearer.js';
export { type LoadApiKeyOptions, loadApiKey } from './auth/load-api-key.js';
export { none } from './auth/none.js';
export { type ExchangedToken, type TokenExchangeOptions, tokenExchange } from './auth/token-exchange.js';
export { type ClientOptions, clientOptionKeys } from './client/client-options.js';
export {
  assertKnownOptions,
  type ClientTransport,
  createClientTransport,
  type ProviderDefinition,
} from './client/create-client-transport.js';
export {
  baseContentType,
  contentTypeFromName,
  extensionForType,
  extensionOf,
  isAudioOrVideoType,
} from './content-types/media-types.js';
export { APIConnectionError } from './errors/api-connection-error.js';
export { APIError, type APIErrorDetails } from './errors/api-error.js';
export { APITimeoutError } from './errors/api-timeout-error.js';
export { AuthenticationError } from './errors/authentication-error.js';
export { BadRequestError } from './errors/bad-request-error.js';
export { ConduitError, type ConduitErrorOptions, hasMarker } from './errors/conduit-error.js';
export { ConfigurationError } from './errors/configuration-error.js';
export { ConflictError } from './errors/conflict-error.js';
export { createAPIError, type ErrorKind, isRetryableStatus } from './errors/create-api-error.js';
export { InternalServerError } from './errors/internal-server-error.js';
export { NotFoundError } from './errors/not-found-error.js';
export { PermissionDeniedError } from './errors/permission-denied-error.js';
export { QuotaExceededError } from './errors/quota-exceeded-error.js';
export { RateLimitError } from './errors/rate-limit-error.js';
export { RequestAbortedError } from './errors/request-aborted-error.js';
export { ResponseValidationError } from './errors/response-validation-error.js';
export { UnprocessableEntityError } from './errors/unprocessable-entity-error.js';
export { createOperationMatcher, type OperationMatch, type OperationMatcher } from './operations/create-operation-matcher.js';
export { createOperationRouting, type OperationRouting } from './operations/create-operation-routing.js';
export type { OperationEntry, OperationRoute, OperationTable, RoutedOperation } from './operations/operation-table.js';
export { type Page, type PageCursor, type PaginationStyle, paginate } from './pagination/paginate.js';
export { openFileAsBlob } from './platform/open-file-as-blob.js';
export type { ReplayableSender, SendReplayableOptions } from './platform/platform-contract.js';
export { readFileBytes } from './platform/read-file-bytes.js';
export { sendNodeRequest, sendReplayable } from './platform/send-replayable.js';
export { type PollOptions, pollUntil } from './polling/poll-until.js';
export { keyFingerprint } from './rate-limit/key-fingerprint.js';
export { MemoryRateLimitStore } from './rate-limit/memory-rate-limit-store.js';
export { observePacing } from './rate-limit/pacing/observe-pacing.js';
export { emptyPacingState, type PacingState, pacingMargin, probeIntervalMs } from './rate-limit/pacing/pacing-state.js';
export { reservePacing } from './rate-limit/pacing/reserve-pacing.js';
export { parseRateLimitHeaders, parseResetHeader } from './rate-limit/parse-rate-limit-headers.js';
export type { RateLimitPolicy, RateLimitState } from './rate-limit/rate-limit-state.js';
export type { RateLimitStore } from './rate-limit/rate-limit-store.js';
export { maskSecret, redact, redactHeaders, redactValue, registerSecret } from './redaction/redact.js';
export { APIPromise, type APIResponse } from './request/api-promise.js';
export { type ApiCall, type CallFetch, callApi, respond } from './request/call-api.js';
export {
  callPaged,
  type PagedCall,
  PagePromise,
  pagingOf,
  type ReadPage,
} from './request/page-promise.js';
export { type FetchResult, type ReadJsonOptions, readJson } from './request/read-json.js';
export { checkRequestOptions, type RequestOptions, requestOptionKeys } from './request/request-options.js';
export { type BackoffOptions, computeBackoff } from './retry/compute-backoff.js';
export {
  decideRetry,
  type RetryDecision,
  type RetryPolicy,
  type RetryRefusal,
  type RetryState,
} from './retry/decide-retry.js';
export { parseMilliseconds, parseRetryAfter } from './retry/parse-retry-after.js';
export { type RetryHint, type RetryReason, retryHint } from './retry/retry-hint.js';
export { defaultSleep, type Sleep } from './retry/sleep.js';
export { assertSecureUrl, isLoopbackHost } from './transport/assert-secure-url.js';
export { createTransport, type Transport } from './transport/create-transport.js';
export { isBrowser } from './transport/is-browser.js';
export type {
  CallInfo,
  ErrorHookContext,
  Middleware,
  RequestHookContext,
  ResponseHookContext,
  TransportEvent,
} from './transport/middleware.js';
export { parseBodyText } from './transport/read-error-response.js';
export type {
  CallOptions,
  ErrorBodyParser,
  ParsedErrorBody,
  RateLimitContext,
  RetryContext,
  TransportOptions,
} from './transport/transport-options.js';
export type { TransportStats } from './transport/transport-stats.js';
export { validateOptions } from './transport/validate-transport-options.js';
export { type FileRange, fileRangeBody } from './uploads/file-range-body.js';
export { parseStorageError } from './uploads/parse-storage-error.js';
export { type Chunk, readChunks } from './uploads/read-chunks.js';
export type { ReplayableBody } from './uploads/replayable-body.js';
export { sendUpload, type UploadRequestInit } from './uploads/send-upload.js';
export { type ProgressRequestInit, sendWithProgress } from './uploads/send-with-progress.js';
export { type BlobUploadOptions, uploadBlobToSignedUrl } from './uploads/upload-blob-to-signed-url.js';
export { describeSource, type SourceInfo, type UploadSource } from './uploads/upload-source.js';
export { type SignedUploadOptions, type UploadProgress, uploadToSignedUrl } from './uploads/upload-to-signed-url.js';
export { VERSION } from './version.js';
export { hmacSha256Hex, timingSafeEqual, verifyWebhookSignature } from './webhooks/verify-webhook-signature.js';
