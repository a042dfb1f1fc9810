import type { components } from '@conduit/specs/scriptix';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import { badRequest, fail, json, listEnvelope } from './scriptix-respond.js';
import { scriptixRoute, sessionRoute } from './scriptix-route.js';
import { advanceSession, attachMedia, createMockSession, sasObjectKey } from './scriptix-session-model.js';
import { mockTranscript, type ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];
const maxSasSize = 5_368_709_120;

/** A webhook URL Scriptix can reach: https on a public host name (no localhost, `.localdomain` or IP literal). */
function isPublicHttps(value: string): boolean {
  const url = URL.parse(value);
  return url?.protocol === 'https:' && url.hostname.includes('.') && !/^[\d.]+$|^\[|localhost$|\.localdomain$/.test(url.hostname);
}

/** createSession, listSessions, getSession, deleteSession, getUploadUrl, getSessionResult, transcribeFile. */
export function createScriptixSessionHandlers(state: ScriptixMockState, storage: SignedStorage): Record<string, MockRouteHandler> {
  return {
    createSession: scriptixRoute(({ fields, caller }) => {
      if (fields.webhook_url !== undefined && !isPublicHttps(String(fields.webhook_url))) {
        return badRequest(caller, 'webhook_url', 'must be a public https URL (no localhost, .localdomain or IP literal)');
      }
      const document = fields.document as { document_type: Schemas['DocumentType']; filename?: string } | undefined;
      const session = createMockSession(state, caller.key, {
        language: String(fields.language),
        filename: document?.filename ?? null,
        documentType: document?.document_type,
      });
      session.record.session_mode = (fields.session_mode as string | undefined) ?? session.record.session_mode;
      if (typeof fields.media_source === 'string') {
        session.record.media_url = fields.media_source;
        session.record.filename ??= new URL(fields.media_source).pathname.split('/').pop() ?? null;
        attachMedia(session, new TextEncoder().encode(`media from ${fields.media_source}`), 'audio/mpeg');
      }
      return json(caller, { result: { session_id: session.record.session_id, status: 'queued' } }, 201);
    }),
    listSessions: scriptixRoute(({ url, caller }) => {
      const mine = [...state.sessions.values()].filter((session) => session.owner === caller.key).map((session) => session.record);
      return json(caller, listEnvelope(mine, url));
    }),
    getSession: sessionRoute(state, (session, { caller }) => {
      advanceSession(state, storage, session);
      return json(caller, { result: session.record, count: 1, total_results: 1 });
    }),
    deleteSession: sessionRoute(state, (session) => {
      state.sessions.delete(session.record.session_id);
      return new Response(null, { status: 204 });
    }),
    getUploadUrl: sessionRoute(state, (session, { caller }) => {
      if (session.media) {
        return fail(caller, 409, 'Media was already uploaded for this session');
      }
      const expiresAt = Date.now() + 24 * 3600_000;
      const uploadUrl = storage.sign(sasObjectKey(session.record.session_id), {
        expiresAt,
        requiredHeaders: { 'x-ms-blob-type': 'BlockBlob' },
      });
      const result = { upload_url: uploadUrl, expires_at: new Date(expiresAt).toISOString(), session_id: session.record.session_id };
      return json(caller, { result: { ...result, max_file_size: maxSasSize } });
    }),
    getSessionResult: sessionRoute(state, ({ record }, { caller }) => {
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
      const form = await request.formData();
      const file = form.get('file') as File;
      if (String(form.get('language')).length < 2) {
        return badRequest(caller, 'language', 'required, a language code such as "en"');
      }
      const session = createMockSession(state, caller.key, {
        language: String(form.get('language')),
        filename: file.name || null,
        documentType: (form.get('document_type') as Schemas['DocumentType'] | null) ?? undefined,
      });
      attachMedia(session, new Uint8Array(await file.arrayBuffer()), file.type || undefined);
      return json(caller, { session_id: session.record.session_id });
    }),
  };
}
