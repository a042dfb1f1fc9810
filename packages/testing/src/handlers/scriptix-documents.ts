import type { components } from '@conduit/specs/scriptix';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import { storageOrigin } from '../storage/signed-storage.js';
import { exportExtension, renderExport, scriptixExportFormats } from './scriptix-exports.js';
import { badRequest, fail, json, listEnvelope, readJson, readOffsetLimit } from './scriptix-respond.js';
import { type Caller, scriptixRoute } from './scriptix-route.js';
import { advanceSession, ownedSession } from './scriptix-session-model.js';
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
    if (!scriptixExportFormats.includes(format)) {
      return badRequest(caller, 'format', `must be one of ${scriptixExportFormats.join(', ')}`);
    }
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

  return {
    getDocument: scriptixRoute(({ request, params, caller }) => {
      const session = ownedSession(state, caller, String(params.sessionId));
      if (session instanceof Response) {
        return session;
      }
      advanceSession(state, storage, session);
      const document = ownedDocument(state, caller, String(params.documentId), String(params.sessionId));
      return document instanceof Response ? document : exportAnswer(caller, document, new URL(request.url));
    }),

    updateDocument: scriptixRoute(async ({ request, params, caller }) => {
      const document = ownedDocument(state, caller, String(params.documentId), String(params.sessionId));
      if (document instanceof Response) {
        return document;
      }
      const body = (await readJson(request)) as Record<string, unknown> | undefined;
      if (typeof body?.document !== 'object' || body.document === null) {
        return badRequest(caller, 'document', 'required, the full document body');
      }
      if (body.filename !== undefined && typeof body.filename !== 'string') {
        return badRequest(caller, 'filename', 'must be a string');
      }
      document.record.document = body.document as Record<string, unknown>;
      document.record.filename = (body.filename as string | undefined) ?? document.record.filename;
      document.record.last_modified = new Date().toISOString();
      const answer: Schemas['DocumentResponse'] = { result: document.record };
      return json(caller, answer);
    }),

    deleteDocument: scriptixRoute(({ request, params, caller }) => {
      const document = ownedDocument(state, caller, String(params.documentId), String(params.sessionId));
      if (document instanceof Response) {
        return document;
      }
      state.documents.delete(String(params.documentId));
      return new Response(null, { status: 204, headers: caller.headers });
    }),

    copyDocument: scriptixRoute(async ({ request, params, caller }) => {
      const session = ownedSession(state, caller, String(params.sessionId));
      if (session instanceof Response) {
        return session;
      }
      const body = ((await readJson(request)) ?? {}) as Record<string, unknown>;
      const sourceId = String(body.document_id ?? session.record.document?.id ?? '');
      const source = ownedDocument(state, caller, sourceId, session.record.session_id);
      if (source instanceof Response) {
        return source;
      }
      state.nextId++;
      const copy: MockScriptixDocument = {
        ...source,
        record: {
          ...source.record,
          id: state.nextId,
          filename: typeof body.filename === 'string' ? body.filename : `${source.record.filename} (copy)`,
        },
      };
      state.documents.set(String(state.nextId), copy);
      const answer: Schemas['DocumentResponse'] = { result: copy.record };
      return json(caller, answer, 201);
    }),

    listDocuments: scriptixRoute(({ request, caller }) => {
      const page = readOffsetLimit(new URL(request.url), caller);
      if (page instanceof Response) {
        return page;
      }
      const mine = [...state.documents.values()].filter((document) => document.owner === caller.key).map((document) => document.record);
      const answer: Schemas['DocumentListResponse'] = listEnvelope(mine, page.offset, page.limit);
      return json(caller, answer);
    }),

    getDocumentResource: scriptixRoute(({ request, params, caller }) => {
      const document = ownedDocument(state, caller, String(params.documentId));
      if (document instanceof Response) {
        return document;
      }
      const answer: Schemas['DocumentResponse'] = { result: document.record };
      return json(caller, answer);
    }),

    patchDocumentResource: scriptixRoute(async ({ request, params, caller }) => {
      const document = ownedDocument(state, caller, String(params.documentId));
      if (document instanceof Response) {
        return document;
      }
      const body = (await readJson(request)) as Schemas['PatchDocumentRequest'] | undefined;
      if (typeof body !== 'object' || body === null) {
        return badRequest(caller, 'body', 'must be a JSON object');
      }
      Object.assign(document.record, body, { last_modified: new Date().toISOString() });
      const answer: Schemas['DocumentResponse'] = { result: document.record };
      return json(caller, answer);
    }),

    exportDocumentResource: scriptixRoute(async ({ request, params, caller }) => {
      const document = ownedDocument(state, caller, String(params.documentId));
      if (document instanceof Response) {
        return document;
      }
      const body = (await readJson(request)) as Partial<Schemas['ExportDocumentRequest']> | undefined;
      const format = body?.format;
      if (format === undefined || !scriptixExportFormats.includes(format)) {
        return badRequest(caller, 'format', `required, one of ${scriptixExportFormats.join(', ')}`);
      }
      const answer: Schemas['DirectDownloadResponse'] = { result: directDownload(document, format, 2048, 'application/octet-stream') };
      return json(caller, answer);
    }),
  };
}
