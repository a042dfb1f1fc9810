import type { components } from '@conduit/specs/scriptix';

type Schemas = components['schemas'];

/** A batch transcription session (`getSession`). */
export type ScriptixSession = Schemas['Session'];
/** Every session status seen across the docs; `done`/`completed` mean finished. */
export type ScriptixSessionStatus = Schemas['SessionStatus'];
/** What `createSession` answers: the new id and its first status. */
export type ScriptixCreatedSession = Schemas['CreateSessionResult'];
/** A finished transcript (`getSessionResult`). */
export type ScriptixSessionResult = Schemas['SessionResult'];
/** One transcript segment: words, speaker, text, confidence, channel. */
export type ScriptixTranscriptSegment = Schemas['TranscriptSegment'];
/** `[word, start_s, end_s, confidence]`. */
export type ScriptixWordTiming = Schemas['WordTiming'];
/** An Azure Blob SAS upload URL (`getUploadUrl`). */
export type ScriptixUploadUrl = Schemas['UploadUrl'];
/** The session and decoded metadata of a TUS upload (`getFile`). */
export type ScriptixFileInfo = Schemas['FileInfo'];
/** Decoded TUS `Upload-Metadata` keys. */
export type ScriptixTusMetadata = Schemas['TusUploadMetadata'];
/** A transcript or caption document. */
export type ScriptixDocument = Schemas['Document'];
/** `document` or `caption`. */
export type ScriptixDocumentType = Schemas['DocumentType'];
/** Every documented export format. */
export type ScriptixExportFormat = Schemas['DocumentExportFormat'];
/** A 1-hour Azure SAS download link for an export (`direct_download=true`). */
export type ScriptixDirectDownload = Schemas['DirectDownload'];
/** The body of `updateDocument`. */
export type ScriptixUpdateDocumentInput = Schemas['UpdateDocumentRequest'];
/** The body of `patchDocumentResource` (unverified). */
export type ScriptixPatchDocumentInput = Schemas['PatchDocumentRequest'];
/** An API token as listed (the key is never returned again). */
export type ScriptixToken = Schemas['Token'];
/** A newly created API token, with its `key` (shown once). */
export type ScriptixCreatedToken = Schemas['CreatedToken'];
/** `batch` or `realtime`. */
export type ScriptixTokenType = Schemas['TokenType'];
/** The authenticated account (fields not documented). */
export type ScriptixAccount = Schemas['AccountResponse']['result'];
/** A custom language model. */
export type ScriptixCustomModel = Schemas['CustomModel'];
/** The body of `createCustomModel`. */
export type ScriptixCreateCustomModelInput = Schemas['CreateCustomModelRequest'];
/** A reseller customer's transcript row. */
export type ScriptixResellerTranscript = Schemas['ResellerTranscript'];
/** A customer's webhook configuration (fields not documented). */
export type ScriptixWebhookConfig = Schemas['WebhookConfig'];
/** A dashboard login answer (`access_token` is a JWT usable as `apiKey`). */
export type ScriptixLoginResult = Schemas['LoginResult'];
/** Username and password for `login`. */
export type ScriptixLoginInput = Schemas['LoginRequest'];
/** Username, password and one second factor for `loginWithMfa`. */
export type ScriptixMfaLoginInput = Schemas['MfaLoginRequest'];
/** What `initializeRealtime` answers, including the WebSocket `endpoint`. */
export type ScriptixRealtimeInitializeResult = Schemas['RealtimeInitializeResult'];
/** Realtime service status (fields not documented). */
export type ScriptixRealtimeStatus = Schemas['RealtimeStatusResult'];
/** Body of the batch-completion webhook. */
export type ScriptixSessionCompletedWebhook = Schemas['SessionCompletedWebhook'];
/** Body of the document create/update/delete webhook. */
export type ScriptixDocumentWebhook = Schemas['DocumentWebhook'];
/** A page of `listSessions` as the API sends it. */
export type ScriptixSessionList = Schemas['SessionListResponse'];
/** A page of `listTokens` as the API sends it. */
export type ScriptixTokenList = Schemas['TokenListResponse'];
/** A page of `listDocuments` as the API sends it. */
export type ScriptixDocumentList = Schemas['DocumentListResponse'];
/** A page of `listCustomModels` as the API sends it. */
export type ScriptixCustomModelList = Schemas['CustomModelListResponse'];
/** A page of `listCustomerTranscripts` as the API sends it. */
export type ScriptixResellerTranscriptList = Schemas['ResellerTranscriptListResponse'];
/** A page of `listCustomerWebhooks` as the API sends it. */
export type ScriptixWebhookConfigList = Schemas['WebhookConfigListResponse'];
