import { type APIPromise, callApi, type PagePromise, type RequestOptions } from '@conduit/core';
import { scriptixOperations } from '@conduit/specs/scriptix';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped, scriptixBareOrEnveloped, scriptixListEnvelope } from './scriptix-envelope.js';
import { checkListOptions, type ListOptions, scriptixList } from './scriptix-list.js';
import { type ScriptixCreateSessionInput, validateCreateSession } from './scriptix-session-input.js';
import type {
  ScriptixCreatedSession,
  ScriptixSession,
  ScriptixSessionList,
  ScriptixSessionResult,
  ScriptixUploadUrl,
} from './scriptix-types.js';
import { checkId } from './scriptix-validate.js';

/** The session CRUD calls; uploads and waiting live in their own modules and are merged in by the client. */
export function createSessionCalls(context: ScriptixContext) {
  const { api, transport } = context;
  const path = (sessionId: unknown) => ({ sessionId: checkId(sessionId, 'sessionId') });

  return {
    /**
     * Creates a batch session (`createSession`). With `media_source` Scriptix downloads the media and
     * starts at once; otherwise upload it with `sessions.upload`. Not retried after an ambiguous failure.
     */
    create(input: ScriptixCreateSessionInput, options?: RequestOptions): APIPromise<ScriptixCreatedSession> {
      return callApi(transport, {
        label: 'Scriptix sessions.create',
        options,
        send: (fetch) => api.POST('/speech-to-text/session', { body: validateCreateSession(input), fetch }),
        read: enveloped('createSession'),
      });
    },

    /** Reads a session's status and metadata (`getSession`). */
    get(sessionId: string, options?: RequestOptions): APIPromise<ScriptixSession> {
      return callApi(transport, {
        label: 'Scriptix sessions.get',
        options,
        send: (fetch) => api.GET('/speech-to-text/session/{sessionId}', { params: { path: path(sessionId) }, fetch }),
        read: enveloped('getSession'),
      });
    },

    /**
     * Sessions of the calling token (`listSessions`, offset/limit): await it for the first page, or
     * `for await` it for every session.
     */
    list(query: ListOptions = {}, options?: RequestOptions): PagePromise<ScriptixSessionList, ScriptixSession> {
      const label = 'Scriptix sessions.list';
      return scriptixList<ScriptixSessionList>(transport, {
        label,
        operation: scriptixOperations.listSessions,
        options,
        check: () => {
          const checked = checkListOptions(query, 'sessions.list');
          return { size: checked.limit ?? 25, maxItems: checked.maxItems };
        },
        fetchPage: (cursor, fetch) =>
          api.GET('/speech-to-text/session', { params: { query: { offset: cursor.offset, limit: cursor.size } }, fetch }),
      });
    },

    /** One page of sessions, as the API answers it (`result`, `count`, `total_results`). */
    listPage(page: { offset?: number; limit?: number } = {}, options?: RequestOptions): APIPromise<ScriptixSessionList> {
      return callApi(transport, {
        label: 'Scriptix sessions.listPage',
        options,
        send: (fetch) => api.GET('/speech-to-text/session', { params: { query: page }, fetch }),
        read: { what: 'Scriptix listSessions', envelope: scriptixListEnvelope },
      });
    },

    /** Erases a session's filename and transcript (`deleteSession`). */
    delete(sessionId: string, options?: RequestOptions): APIPromise<void> {
      return callApi(transport, {
        label: 'Scriptix sessions.delete',
        options,
        send: (fetch) => api.DELETE('/speech-to-text/session/{sessionId}', { params: { path: path(sessionId) }, fetch }),
        read: () => undefined,
      });
    },

    /**
     * Issues an Azure Blob SAS upload URL (`getUploadUrl`, valid 24 h, up to 5 GiB). Safe to repeat,
     * so it is retried like a read unless you pass `idempotent: false`.
     */
    uploadUrl(sessionId: string, options?: RequestOptions): APIPromise<ScriptixUploadUrl> {
      return callApi(transport, {
        label: 'Scriptix sessions.uploadUrl',
        options,
        defaults: { idempotent: true },
        send: (fetch) => api.POST('/speech-to-text/session/{sessionId}/upload-url', { params: { path: path(sessionId) }, fetch }),
        read: enveloped('getUploadUrl'),
      });
    },

    /** The finished transcript (`getSessionResult`); must be read with the token that created the session. */
    result(sessionId: string, options?: RequestOptions): APIPromise<ScriptixSessionResult> {
      return callApi(transport, {
        label: 'Scriptix sessions.result',
        options,
        send: (fetch) => api.GET('/speech-to-text/session/{sessionId}/result', { params: { path: path(sessionId) }, fetch }),
        // The docs show this body bare; the v3 envelope is accepted too.
        read: {
          what: 'Scriptix getSessionResult',
          envelope: scriptixBareOrEnveloped((body) => body.results !== undefined || body.result === undefined),
        },
      });
    },
  };
}
