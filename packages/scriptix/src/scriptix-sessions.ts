import type { components } from '@conduit/specs/scriptix';
import type { ScriptixContext } from './scriptix-context.js';
import { readBody, readPage, readResult, type ScriptixPage } from './scriptix-envelope.js';
import { type ListOptions, paginateOffset } from './scriptix-paginate.js';
import { callFetch, type RequestOptions } from './scriptix-request-options.js';
import { type ScriptixCreateSessionInput, validateCreateSession } from './scriptix-session-input.js';
import type { ScriptixCreatedSession, ScriptixSession, ScriptixSessionResult, ScriptixUploadUrl } from './scriptix-types.js';
import { checkId } from './scriptix-validate.js';

type CreateSessionBody = components['schemas']['CreateSessionRequest'];
type SessionResultBody = ScriptixSessionResult & { result?: ScriptixSessionResult };

/** The session CRUD calls; uploads and waiting live in their own modules and are merged in by the client. */
export function createSessionCalls(context: ScriptixContext) {
  const { api, transport } = context;
  const path = (sessionId: unknown) => ({ sessionId: checkId(sessionId, 'sessionId') });

  const listPage = async (
    page: { offset?: number; limit?: number } = {},
    options?: RequestOptions,
  ): Promise<ScriptixPage<ScriptixSession>> =>
    readPage(api.GET('/speech-to-text/session', { params: { query: page }, fetch: callFetch(transport, options) }));

  return {
    /**
     * Creates a batch session (`createSession`). With `media_source` Scriptix downloads the media and
     * starts at once; otherwise upload it with `sessions.upload`. Not retried after an ambiguous failure.
     */
    async create(input: ScriptixCreateSessionInput, options?: RequestOptions): Promise<ScriptixCreatedSession> {
      const body = validateCreateSession(input);
      const fetch = callFetch(transport, options);
      return readResult(api.POST('/speech-to-text/session', { body: body as CreateSessionBody, fetch }));
    },

    /** Reads a session's status and metadata (`getSession`). */
    async get(sessionId: string, options?: RequestOptions): Promise<ScriptixSession> {
      const params = { path: path(sessionId) };
      return readResult(api.GET('/speech-to-text/session/{sessionId}', { params, fetch: callFetch(transport, options) }));
    },

    /** Every session of the calling token, fetched page by page (`listSessions`, offset/limit). */
    list(options?: ListOptions): AsyncGenerator<ScriptixSession, void, undefined> {
      return paginateOffset((offset, limit, signal) => listPage({ offset, limit }, { signal }), options);
    },

    /** One page of sessions with the envelope's `count` and `total_results`. */
    listPage,

    /** Erases a session's filename and transcript (`deleteSession`). */
    async delete(sessionId: string, options?: RequestOptions): Promise<void> {
      const params = { path: path(sessionId) };
      await api.DELETE('/speech-to-text/session/{sessionId}', { params, fetch: callFetch(transport, options) });
    },

    /**
     * Issues an Azure Blob SAS upload URL (`getUploadUrl`, valid 24 h, up to 5 GiB). Safe to repeat,
     * so it is retried like a read unless you pass `idempotent: false`.
     */
    async uploadUrl(sessionId: string, options?: RequestOptions): Promise<ScriptixUploadUrl> {
      const params = { path: path(sessionId) };
      const fetch = callFetch(transport, options, { idempotent: true });
      return readResult(api.POST('/speech-to-text/session/{sessionId}/upload-url', { params, fetch }));
    },

    /** The finished transcript (`getSessionResult`); must be read with the token that created the session. */
    async result(sessionId: string, options?: RequestOptions): Promise<ScriptixSessionResult> {
      const params = { path: path(sessionId) };
      const fetch = callFetch(transport, options);
      const call = api.GET('/speech-to-text/session/{sessionId}/result', { params, fetch });
      const body = (await readBody(call)) as unknown as SessionResultBody;
      // The docs show this body bare; the v3 envelope is accepted too.
      return body.results === undefined && body.result !== undefined ? body.result : body;
    },
  };
}
