import {
  APIPromise,
  assertKnownOptions,
  assertSecureUrl,
  ConfigurationError,
  clientOptionKeys,
  createClientTransport,
  defaultSleep,
  loadApiKey,
  type Middleware,
  none,
  type RequestOptions,
  type UploadSource,
} from '@conduit/core';
import type { paths } from '@conduit/specs/scriptix';
import createClient from 'openapi-fetch';
import { createAuthNamespace } from './scriptix-auth.js';
import type { ScriptixContext } from './scriptix-context.js';
import { createCustomModelsNamespace } from './scriptix-custom-models.js';
import { scriptixDefinition } from './scriptix-definition.js';
import { createDocumentResourcesNamespace } from './scriptix-document-resources.js';
import { createDocumentsNamespace } from './scriptix-documents.js';
import {
  type ScriptixClientOptions,
  scriptixEnvironmentVariable,
  scriptixKeyFormatDescription,
  scriptixKeyFormatSchema,
  scriptixOptionKeys,
} from './scriptix-options.js';
import { createPartnerNamespaces } from './scriptix-partner.js';
import { createRealtimeNamespace } from './scriptix-realtime.js';
import { type SasUploadOptions, uploadViaSas } from './scriptix-sas-upload.js';
import { createSessionCalls } from './scriptix-sessions.js';
import { createAccountNamespace, createTokensNamespace } from './scriptix-tokens.js';
import { type TranscribeOptions, type TranscribeResult, type TranscribeSource, transcribe } from './scriptix-transcribe.js';
import type { ScriptixSession, ScriptixUploadUrl } from './scriptix-types.js';
import { createUploadsNamespace } from './scriptix-uploads.js';
import { checkId } from './scriptix-validate.js';
import { validateWaitOptions, type WaitOptions, waitUntilDone } from './scriptix-wait.js';

function checkPollInterval(value: unknown): number {
  if (value === undefined) {
    return 5000;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(`createScriptixClient: \`pollInterval\` must be a positive number of milliseconds, got ${String(value)}.`);
  }
  return value;
}

/**
 * Creates a Scriptix client: batch sessions with SAS or TUS uploads, one-call `transcribe`,
 * documents and exports, tokens, realtime WebSocket transcription, and `api`, the raw typed
 * openapi-fetch client on the same transport. The key comes from `apiKey` or `SCRIPTIX_API_KEY`.
 *
 * @example
 * ```ts
 * import { createScriptixClient } from '@conduit/scriptix';
 * const client = createScriptixClient({ apiKey: process.env.SCRIPTIX_API_KEY });
 * const transcript = await client.transcribe('./interview.mp3', { language: 'en', onProgress: console.log });
 * ```
 */
export function createScriptixClient(options: ScriptixClientOptions = {}) {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError('createScriptixClient: options must be an object.');
  }
  assertKnownOptions(options, [...clientOptionKeys, ...scriptixOptionKeys], 'createScriptixClient');
  const { authHeader, baseUrlV4, pollInterval, WebSocket, ...clientOptions } = options;
  const definition = scriptixDefinition(authHeader);
  const apiKey = loadApiKey({
    apiKey: clientOptions.apiKey,
    environmentVariable: scriptixEnvironmentVariable,
    provider: 'Scriptix',
    format: scriptixKeyFormatSchema,
    formatDescription: scriptixKeyFormatDescription,
  });
  const { transport, baseUrl } = createClientTransport(definition, clientOptions, [], { auth: definition.auth(apiKey) });
  const v4 = assertSecureUrl(baseUrlV4 ?? baseUrl.replace(/\/api\/v3$/, '/api/v4'), 'baseUrlV4').href.replace(/\/$/, '');
  if (WebSocket !== undefined && typeof WebSocket !== 'function') {
    throw new ConfigurationError('createScriptixClient: `WebSocket` must be a WebSocket constructor (e.g. from the `ws` package).');
  }
  const context: ScriptixContext = {
    api: createClient<paths>({ baseUrl, fetch: transport }),
    transport,
    baseUrl,
    baseUrlV4: v4,
    apiKey,
    fetch: clientOptions.fetch,
    now: clientOptions.now ?? Date.now,
    sleep: clientOptions.sleep ?? defaultSleep,
    pollInterval: checkPollInterval(pollInterval),
    WebSocket,
  };
  // Login needs no key: its calls go through a second transport that carries none.
  const keyless = createClientTransport(definition, clientOptions, [], { auth: none() }).transport;
  const loginContext: ScriptixContext = { ...context, api: createClient<paths>({ baseUrl, fetch: keyless }), transport: keyless };

  const sessionCalls = createSessionCalls(context);
  const uploads = createUploadsNamespace(context);
  const tokens = createTokensNamespace(context);
  const sessions = {
    ...sessionCalls,
    /**
     * Uploads media through an Azure Blob SAS URL (`getUploadUrl` + `PUT` with `x-ms-blob-type: BlockBlob`);
     * resolves to the upload URL grant.
     */
    upload(
      sessionId: string,
      source: UploadSource,
      uploadOptions?: SasUploadOptions,
      options?: RequestOptions,
    ): APIPromise<ScriptixUploadUrl> {
      return APIPromise.from(async () => {
        checkId(sessionId, 'sessionId');
        return uploadViaSas(context, sessionCalls.uploadUrl, sessionId, source, uploadOptions, options);
      });
    },
    /** Polls until the session is done (resolves to it) or failed (`TranscriptionFailedError`); `options` apply to every poll. */
    waitUntilDone(sessionId: string, waitOptions?: WaitOptions, options?: RequestOptions): APIPromise<ScriptixSession> {
      return APIPromise.from(async () => {
        checkId(sessionId, 'sessionId');
        return waitUntilDone(context, sessionCalls.get, sessionId, validateWaitOptions(waitOptions), options);
      });
    },
  };

  return {
    /** The raw typed openapi-fetch client on the same transport (throws the same typed errors). */
    api: context.api,
    /** The transport, with `stats` (calls, attempts, retries, 429s). */
    transport,
    /** Adds middleware (`onRequest`, `onResponse`, `onError`, `onEvent`) to every later call of this client (login calls too). */
    use(...middleware: Middleware[]): void {
      transport.use(...middleware);
      keyless.use(...middleware);
    },
    /** Sessions: create, upload to (SAS), poll, results, delete. */
    sessions,
    /** File uploads: TUS (resumable), a file's session, transcription of a stored file. */
    uploads,
    /** Transcript documents: read, update, export in every documented format. */
    documents: createDocumentsNamespace(context),
    /** Resources attached to documents. */
    documentResources: createDocumentResourcesNamespace(context),
    /** API and realtime tokens. */
    tokens,
    /** The account: usage, settings, languages. */
    account: createAccountNamespace(context),
    /** Login endpoints (for accounts without an API key). */
    auth: createAuthNamespace(loginContext),
    /** Custom language models. */
    customModels: createCustomModelsNamespace(context),
    ...createPartnerNamespaces(context),
    /** Realtime (WebSocket) transcription. */
    realtime: createRealtimeNamespace(context, tokens),
    /**
     * From media to transcript in one call: create the session, upload (`upload: 'sas'` default, or
     * `'tus'`), poll until done, fetch the result, reporting each stage to `onProgress`. Resolves to the
     * finished session with its transcript (`session_id`, `status`, `results`, `document`…).
     */
    transcribe(source: TranscribeSource, transcribeOptions: TranscribeOptions, options?: RequestOptions): APIPromise<TranscribeResult> {
      return transcribe(context, { sessions: sessionCalls, tus: uploads }, source, transcribeOptions, options);
    },
  };
}

/** A Scriptix client as `createScriptixClient` returns it. */
export type ScriptixClient = ReturnType<typeof createScriptixClient>;
