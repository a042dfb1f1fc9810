import type { components } from '@conduit/specs/scriptix';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import { badRequest, fail, json, listEnvelope, readJson, readOffsetLimit } from './scriptix-respond.js';
import { scriptixRoute } from './scriptix-route.js';
import { advanceSession, attachMedia, createMockSession, ownedSession, sasObjectKey } from './scriptix-session-model.js';
import { mockTranscript, type ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];
const maxSasSize = 5_368_709_120;

function isPublicHttps(value: unknown): boolean {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/^[\d.]+$|^\[|localhost$|\.localdomain$/.test(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The createSession checks beyond the spec (whose types and enums the kernel has checked): a
 * language code of at least two letters and a public https webhook URL.
 */
function checkCreateSession(body: Record<string, unknown>): [string, string] | undefined {
  if (typeof body.language !== 'string' || body.language.length < 2) {
    return ['language', 'required, a language code such as "en"'];
  }
  if (body.webhook_url !== undefined && !isPublicHttps(body.webhook_url)) {
    return ['webhook_url', 'must be a public https URL (no localhost, .localdomain or IP literal)'];
  }
  return undefined;
}

/** createSession, listSessions, getSession, deleteSession, getUploadUrl, getSessionResult, transcribeFile. */
export function createScriptixSessionHandlers(state: ScriptixMockState, storage: SignedStorage): Record<string, MockRouteHandler> {
  return {
    createSession: scriptixRoute(async ({ request, caller }) => {
      const body = await readJson(request);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return badRequest(caller, 'body', 'must be a JSON object');
      }
      const record = body as Record<string, unknown>;
      const problem = checkCreateSession(record);
      if (problem) {
        return badRequest(caller, ...problem);
      }
      const document = record.document as { document_type: Schemas['DocumentType']; filename?: string } | undefined;
      const session = createMockSession(state, caller.key, {
        language: String(record.language),
        filename: document?.filename ?? null,
        documentType: document?.document_type,
      });
      if (typeof record.session_mode === 'string') {
        session.record.session_mode = record.session_mode;
      }
      if (typeof record.media_source === 'string') {
        session.record.media_url = record.media_source;
        session.record.filename ??= new URL(record.media_source).pathname.split('/').pop() ?? null;
        attachMedia(session, new TextEncoder().encode(`media from ${record.media_source}`), 'audio/mpeg');
      }
      const answer: Schemas['CreateSessionResponse'] = { result: { session_id: session.record.session_id, status: 'queued' } };
      return json(caller, answer, 201);
    }),

    listSessions: scriptixRoute(({ request, caller }) => {
      const page = readOffsetLimit(new URL(request.url), caller);
      if (page instanceof Response) {
        return page;
      }
      const mine = [...state.sessions.values()].filter((session) => session.owner === caller.key).map((session) => session.record);
      const answer: Schemas['SessionListResponse'] = listEnvelope(mine, page.offset, page.limit);
      return json(caller, answer);
    }),

    getSession: scriptixRoute(({ request, params, caller }) => {
      const session = ownedSession(state, caller, String(params.sessionId));
      if (session instanceof Response) {
        return session;
      }
      advanceSession(state, storage, session);
      const answer: Schemas['SessionResponse'] = { result: session.record, count: 1, total_results: 1 };
      return json(caller, answer);
    }),

    deleteSession: scriptixRoute(({ request, params, caller }) => {
      const session = ownedSession(state, caller, String(params.sessionId));
      if (session instanceof Response) {
        return session;
      }
      state.sessions.delete(session.record.session_id);
      return new Response(null, { status: 204, headers: caller.headers });
    }),

    getUploadUrl: scriptixRoute(({ request, params, caller }) => {
      const session = ownedSession(state, caller, String(params.sessionId));
      if (session instanceof Response) {
        return session;
      }
      if (session.media) {
        return fail(caller, 409, 'Media was already uploaded for this session');
      }
      const expiresAt = Date.now() + 24 * 3600_000;
      const uploadUrl = storage.sign(sasObjectKey(session.record.session_id), {
        expiresAt,
        requiredHeaders: { 'x-ms-blob-type': 'BlockBlob' },
      });
      const answer: Schemas['UploadUrlResponse'] = {
        result: {
          upload_url: uploadUrl,
          expires_at: new Date(expiresAt).toISOString(),
          session_id: session.record.session_id,
          max_file_size: maxSasSize,
        },
      };
      return json(caller, answer);
    }),

    getSessionResult: scriptixRoute(({ request, params, caller }) => {
      const session = ownedSession(state, caller, String(params.sessionId));
      if (session instanceof Response) {
        return session;
      }
      const { record } = session;
      if (record.status !== 'done') {
        return fail(caller, 422, 'The session has no result yet', { field: 'status', issue: `session is ${record.status}` });
      }
      const answer: Schemas['SessionResult'] = {
        duration: record.duration ?? 0,
        error: null,
        filename: record.filename ?? null,
        media_type: record.media_type ?? 'audio',
        media_url: record.media_url ?? null,
        session_id: record.session_id,
        status: 'done',
        results: mockTranscript,
      };
      return json(caller, answer);
    }),

    transcribeFile: scriptixRoute(async ({ request, caller }) => {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return fail(caller, 415, 'Unsupported media type', { field: 'body', issue: 'must be multipart/form-data' });
      }
      const file = form.get('file');
      const language = form.get('language');
      const documentType = form.get('document_type');
      if (!(file instanceof Blob)) {
        return badRequest(caller, 'file', 'required');
      }
      if (typeof language !== 'string' || language.length < 2) {
        return badRequest(caller, 'language', 'required, a language code such as "en"');
      }
      if (documentType !== null && documentType !== 'document' && documentType !== 'caption') {
        return badRequest(caller, 'document_type', 'must be document or caption');
      }
      const session = createMockSession(state, caller.key, {
        language,
        filename: file instanceof File ? file.name : null,
        documentType: documentType ?? undefined,
      });
      attachMedia(session, new Uint8Array(await file.arrayBuffer()), file.type || undefined);
      const answer: Schemas['TranscribeFileResponse'] = { session_id: session.record.session_id };
      return json(caller, answer);
    }),
  };
}
