/**
 * @module
 * `@conduit/scriptix`: a typed Scriptix (speech-to-text) client on `@conduit/core`: batch sessions with
 * Azure SAS or TUS resumable uploads, one-call `transcribe`, document exports, tokens, typed webhook
 * payloads and realtime transcription over WebSocket.
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
export { createScriptixClient, type ScriptixClient } from './scriptix-client.js';
export type { CustomModelQuery } from './scriptix-custom-models.js';
export {
  type ScriptixExportContent,
  type ScriptixExportedDocument,
  type ScriptixExportOptions,
  type ScriptixTextExportFormat,
  scriptixExportFormats,
} from './scriptix-documents.js';
export { parseScriptixError } from './scriptix-error.js';
export type { ListOptions } from './scriptix-list.js';
export {
  type ScriptixAuthHeader,
  type ScriptixClientOptions,
  scriptixDefaultBaseUrl,
  scriptixDefaultRealtimeEndpoint,
  scriptixEnvironmentVariable,
} from './scriptix-options.js';
export type { TranscriptQuery } from './scriptix-partner.js';
export type { RealtimeConnectOptions } from './scriptix-realtime.js';
export type {
  ScriptixRealtimeStateMessage,
  ScriptixRealtimeTranscript,
  ScriptixRealtimeWord,
} from './scriptix-realtime-messages.js';
export { ScriptixRealtimeSession, type ScriptixRealtimeState } from './scriptix-realtime-session.js';
export { RealtimeSessionError } from './scriptix-realtime-session-error.js';
export { type SasUploadOptions, sasMaxFileSize } from './scriptix-sas-upload.js';
export type { ScriptixCreateSessionInput } from './scriptix-session-input.js';
export type { TranscribeOptions, TranscribeProgress, TranscribeResult, TranscribeSource } from './scriptix-transcribe.js';
export { TranscriptionFailedError } from './scriptix-transcription-failed-error.js';
export type { TusUploadRef } from './scriptix-tus-calls.js';
export type { ScriptixTusMetadataInput } from './scriptix-tus-metadata.js';
export {
  defaultTusChunkSize,
  defaultTusRetryDelays,
  type TusUploadOptions,
  type TusUploadResult,
} from './scriptix-tus-upload.js';
export type {
  ScriptixAccount,
  ScriptixCreateCustomModelInput,
  ScriptixCreatedSession,
  ScriptixCreatedToken,
  ScriptixCustomModel,
  ScriptixCustomModelList,
  ScriptixDirectDownload,
  ScriptixDocument,
  ScriptixDocumentList,
  ScriptixDocumentType,
  ScriptixDocumentWebhook,
  ScriptixExportFormat,
  ScriptixFileInfo,
  ScriptixLoginInput,
  ScriptixLoginResult,
  ScriptixMfaLoginInput,
  ScriptixPatchDocumentInput,
  ScriptixRealtimeInitializeResult,
  ScriptixRealtimeStatus,
  ScriptixResellerTranscript,
  ScriptixResellerTranscriptList,
  ScriptixSession,
  ScriptixSessionCompletedWebhook,
  ScriptixSessionList,
  ScriptixSessionResult,
  ScriptixSessionStatus,
  ScriptixToken,
  ScriptixTokenList,
  ScriptixTokenType,
  ScriptixTranscriptSegment,
  ScriptixTusMetadata,
  ScriptixUpdateDocumentInput,
  ScriptixUploadUrl,
  ScriptixWebhookConfig,
  ScriptixWebhookConfigList,
  ScriptixWordTiming,
} from './scriptix-types.js';
export { isFinished, type WaitOptions } from './scriptix-wait.js';
export { WebhookPayloadError } from './scriptix-webhook-payload-error.js';
export { parseScriptixWebhook, type ScriptixWebhookEvent } from './scriptix-webhooks.js';
export type {
  ScriptixWebSocketConstructor,
  ScriptixWebSocketEvent,
  ScriptixWebSocketInit,
  ScriptixWebSocketLike,
} from './scriptix-websocket.js';
