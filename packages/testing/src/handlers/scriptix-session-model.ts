import type { components } from '@conduit/specs/scriptix';
import type { SignedStorage } from '../storage/signed-storage.js';
import { type Caller, fail } from './scriptix-respond.js';
import { type MockScriptixSession, mintHexId, mockTranscript, type ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];

/** The storage key a session's SAS upload lands under. */
export const sasObjectKey = (sessionId: string) => `sessions/${sessionId}/media`;

/** Creates a queued session owned by `owner`. */
export function createMockSession(
  state: ScriptixMockState,
  owner: string,
  fields: { language: string; filename?: string | null; documentType?: Schemas['DocumentType'] },
): MockScriptixSession {
  const sessionId = mintHexId(state);
  const session: MockScriptixSession = {
    record: {
      id: state.nextId,
      session_id: sessionId,
      status: 'queued',
      filename: fields.filename ?? null,
      duration: 0,
      language: fields.language,
      media_type: null,
      media_url: null,
      error: null,
      created_at: new Date().toISOString(),
      started_at: null,
      finished_at: null,
      document: null,
      session_mode: 'decode',
      custom_model_id: null,
    },
    owner,
    documentType: fields.documentType ?? 'document',
    media: undefined,
    polls: 0,
  };
  state.sessions.set(sessionId, session);
  return session;
}

/** Attaches uploaded media; from here on, polls move the session to processing and then done. */
export function attachMedia(session: MockScriptixSession, bytes: Uint8Array, contentType: string | undefined): void {
  session.media = { bytes, contentType };
  session.record.media_type = contentType?.startsWith('video/') ? 'video' : 'audio';
}

function finish(state: ScriptixMockState, session: MockScriptixSession): void {
  const record = session.record;
  const media = session.media;
  record.started_at ??= new Date().toISOString();
  record.finished_at = new Date().toISOString();
  // Media starting with "FAIL" fails to decode, so tests can drive the failure path.
  if (media && new TextDecoder().decode(media.bytes.subarray(0, 4)) === 'FAIL') {
    record.status = 'failed';
    record.error = 'Media could not be decoded';
    return;
  }
  record.status = 'done';
  record.duration = Math.max(3.2, Math.round(((media?.bytes.length ?? 0) / 32_000) * 100) / 100);
  state.nextId++;
  const documentId = String(state.nextId);
  const name = (record.filename ?? 'transcript').replace(/\.[^.]+$/, '');
  record.document = { id: state.nextId, name, type: session.documentType };
  state.documents.set(documentId, {
    sessionId: record.session_id,
    owner: session.owner,
    record: {
      id: state.nextId,
      filename: name,
      type: session.documentType,
      language: record.language ?? 'en',
      created: record.finished_at,
      last_modified: record.finished_at,
      finished: true,
      timecode_offset: '00:00:00:00',
      content_type: 'application/json',
      size_bytes: 2048,
      document: {
        segments: mockTranscript.map(({ speaker, text, result }) => ({ speaker, text, start: result[0]?.[1], end: result.at(-1)?.[2] })),
      },
    },
  });
}

/** One status poll: picks up a SAS upload from storage, then moves queued → processing → done. */
export function advanceSession(state: ScriptixMockState, storage: SignedStorage, session: MockScriptixSession): void {
  if (!session.media) {
    const stored = storage.get(sasObjectKey(session.record.session_id));
    if (stored) {
      attachMedia(session, stored.bytes, stored.contentType);
    }
  }
  if (!session.media || session.record.status === 'done' || session.record.status === 'failed') {
    return;
  }
  session.polls++;
  if (session.polls >= state.pollsUntilDone) {
    finish(state, session);
  } else {
    session.record.status = 'processing';
    session.record.started_at ??= new Date().toISOString();
  }
}

/** The caller's session, or a 404 (unknown) / 403 (another token's session) answer. */
export function ownedSession(state: ScriptixMockState, caller: Caller, sessionId: string): MockScriptixSession | Response {
  const session = state.sessions.get(sessionId);
  if (!session) {
    return fail(caller, 404, 'Session not found');
  }
  if (session.owner !== caller.key) {
    return fail(caller, 403, 'You do not have access to this session');
  }
  return session;
}
