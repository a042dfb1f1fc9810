import type { components } from '@conduit/specs/scriptix';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import { storageOrigin } from '../storage/signed-storage.js';
import { exportExtension, renderExport } from './scriptix-exports.js';
import { badRequest, fail, json, listEnvelope } from './scriptix-respond.js';
import { type Caller, type ScriptixRouteInput, scriptixRoute, sessionRoute } from './scriptix-route.js';
import { advanceSession } from './scriptix-session-model.js';
import type { MockScriptixDocument, ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];
type Format = Schemas['DocumentExportFormat'];

function ownedDocument(state: ScriptixMockState, caller: Caller, documentId: string, sessionId?: string): MockScriptixDocument | Response {
  const document = state.documents.get(documentId);
  if (!document || (sessionId !== undefined && document.sessionId !== sessionId)) {
    return fail(caller, 404, 'Document not found');
  }
  if (document.owner !== caller.key) {
    return fail(caller, 403, 'You do not have access to this document');
  }
  return document;
}

function directDownload(document: MockScriptixDocument, format: Format, size: number, contentType: string): Schemas['DirectDownload'] {
  const filename = `${document.record.filename ?? 'document'}.${exportExtension(format)}`;
  return {
    download_url: `${storageOrigin}/scriptix-exports/${document.record.id}/${filename}?sv=2023-11-03&sp=r&sig=mock${document.record.id}`,
    expires_in: 3600,
    filename,
    content_type: contentType,
    size_bytes: size,
  };
}

/** getDocument (every export format, direct downloads), updateDocument, deleteDocument, copyDocument and the unverified `/documents` routes. */
export function createScriptixDocumentHandlers(state: ScriptixMockState, storage: SignedStorage): Record<string, MockRouteHandler> {
  const exportAnswer = (caller: Caller, document: MockScriptixDocument, url: URL): Response => {
    const format = (url.searchParams.get('format') ?? 'json') as Format;
    const templateId = url.searchParams.get('template_id') ?? undefined;
    if (format === 'template' && templateId === undefined) {
      return badRequest(caller, 'template_id', 'required for format=template');
    }
    const flag = (name: string) => url.searchParams.get(name) === 'true';
    let body: string | Uint8Array;
    let contentType: string;
    if (format === 'json') {
      body = JSON.stringify(document.record);
      contentType = 'application/json';
    } else if (format === 'media') {
      const media = state.sessions.get(document.sessionId)?.media;
      if (!media) {
        return fail(caller, 404, 'The original media is not available for this document');
      }
      body = media.bytes;
      contentType = media.contentType ?? 'application/octet-stream';
    } else {
      ({ body, contentType } = renderExport(format, {
        withoutTimestamps: flag('without_timestamps'),
        withoutSpeakers: flag('without_speakers'),
        templateId,
      }));
    }
    const size = typeof body === 'string' ? new TextEncoder().encode(body).length : body.length;
    if (flag('direct_download')) {
      const answer: Schemas['DocumentExportResponse'] = { result: directDownload(document, format, size, contentType) };
      return json(caller, answer);
    }
    if (format === 'json') {
      const answer: Schemas['DocumentExportResponse'] = { result: document.record, count: 1, total_results: 1 };
      return json(caller, answer);
    }
    const filename = `${document.record.filename ?? 'document'}.${exportExtension(format)}`;
    return new HttpResponse(typeof body === 'string' ? body : body.slice().buffer, {
      status: 200,
      headers: { ...caller.headers, 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"` },
    });
  };

  /** A route on the caller's document `{documentId}` (of `{sessionId}` when the path has one). */
  const documentRoute = (handler: (document: MockScriptixDocument, input: ScriptixRouteInput) => Response | Promise<Response>) =>
    scriptixRoute((input) => {
      const { documentId, sessionId } = input.params;
      const document = ownedDocument(state, input.caller, String(documentId), sessionId);
      return document instanceof Response ? document : handler(document, input);
    });
  const answer = (caller: Caller, document: MockScriptixDocument, status = 200) => json(caller, { result: document.record }, status);

  return {
    getDocument: sessionRoute(state, (session, { params, url, caller }) => {
      advanceSession(state, storage, session);
      const document = ownedDocument(state, caller, String(params.documentId), String(params.sessionId));
      return document instanceof Response ? document : exportAnswer(caller, document, url);
    }),
    updateDocument: documentRoute((document, { fields, caller }) => {
      document.record.document = fields.document as Record<string, unknown>;
      document.record.filename = (fields.filename as string | undefined) ?? document.record.filename;
      document.record.last_modified = new Date().toISOString();
      return answer(caller, document);
    }),
    deleteDocument: documentRoute((document) => {
      state.documents.delete(String(document.record.id));
      return new Response(null, { status: 204 });
    }),
    copyDocument: sessionRoute(state, (session, { fields, caller }) => {
      const sourceId = String(fields.document_id ?? session.record.document?.id ?? '');
      const source = ownedDocument(state, caller, sourceId, session.record.session_id);
      if (source instanceof Response) {
        return source;
      }
      state.nextId++;
      const filename = typeof fields.filename === 'string' ? fields.filename : `${source.record.filename} (copy)`;
      const copy: MockScriptixDocument = { ...source, record: { ...source.record, id: state.nextId, filename } };
      state.documents.set(String(state.nextId), copy);
      return answer(caller, copy, 201);
    }),
    listDocuments: scriptixRoute(({ url, caller }) => {
      const mine = [...state.documents.values()].filter((document) => document.owner === caller.key).map((document) => document.record);
      return json(caller, listEnvelope(mine, url));
    }),
    getDocumentResource: documentRoute((document, { caller }) => answer(caller, document)),
    patchDocumentResource: documentRoute((document, { fields, caller }) => {
      Object.assign(document.record, fields, { last_modified: new Date().toISOString() });
      return answer(caller, document);
    }),
    exportDocumentResource: documentRoute((document, { fields, caller }) =>
      json(caller, { result: directDownload(document, fields.format as Format, 2048, 'application/octet-stream') }),
    ),
  };
}
