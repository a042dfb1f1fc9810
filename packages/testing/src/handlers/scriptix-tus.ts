import type { components } from '@conduit/specs/scriptix';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { badRequest, fail, json } from './scriptix-respond.js';
import { type Caller, scriptixRoute } from './scriptix-route.js';
import { attachMedia, createMockSession, ownedSession } from './scriptix-session-model.js';
import { scriptixBaseUrl as base, type MockScriptixTusUpload, type ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];
const tusVersion = '1.0.0';
const maxTusSize = 10 * 1024 ** 3;

/** Decodes `key base64,key base64` TUS metadata; `undefined` when malformed. */
export function decodeTusMetadata(header: string): Record<string, string> | undefined {
  const metadata: Record<string, string> = {};
  for (const pair of header.split(',')) {
    const [key, value = '', extra] = pair.trim().split(' ');
    if (!key || extra !== undefined || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
      return undefined;
    }
    const binary = atob(value);
    metadata[key] = new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
  }
  return metadata;
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let position = 0;
  for (const piece of pieces) {
    bytes.set(piece, position);
    position += piece.length;
  }
  return bytes;
}

/** TUS answers to HEAD have no body. */
const bare = (status: number, headers: Record<string, string> = {}) => new HttpResponse(null, { status, headers });

function tusUpload(state: ScriptixMockState, caller: Caller, fileId: string): MockScriptixTusUpload | Response {
  const upload = state.uploads.get(fileId);
  if (!upload) {
    return fail(caller, 404, 'Upload not found');
  }
  if (upload.owner !== caller.key) {
    return fail(caller, 403, 'You do not have access to this upload');
  }
  return upload;
}

/** createTusUpload, getTusUploadOffset (HEAD), uploadTusChunk (PATCH) and getFile; uploads are assembled in memory. */
export function createScriptixTusHandlers(state: ScriptixMockState): Record<string, MockRouteHandler> {
  return {
    createTusUpload: scriptixRoute(({ request, caller }) => {
      if (request.headers.get('tus-resumable') !== tusVersion) {
        return bare(412, { 'Tus-Version': tusVersion, ...caller.headers });
      }
      const lengthHeader = request.headers.get('upload-length') ?? '';
      if (!/^\d+$/.test(lengthHeader)) {
        return badRequest(caller, 'Upload-Length', 'required, a non-negative integer');
      }
      const length = Number(lengthHeader);
      if (length > maxTusSize) {
        return fail(caller, 413, `File exceeds the maximum size of ${maxTusSize} bytes`);
      }
      const metadata = decodeTusMetadata(request.headers.get('upload-metadata') ?? '');
      if (!metadata) {
        return badRequest(caller, 'Upload-Metadata', 'must be comma-separated "key base64" pairs');
      }
      if (!metadata.language || metadata.language.length < 2) {
        return badRequest(caller, 'Upload-Metadata.language', 'required');
      }
      if (metadata.document_type !== 'document' && metadata.document_type !== 'caption') {
        return badRequest(caller, 'Upload-Metadata.document_type', 'required, document or caption');
      }
      const session = createMockSession(state, caller.key, {
        language: metadata.language,
        filename: metadata.filename ?? null,
        documentType: metadata.document_type,
      });
      const fileId = `${session.record.session_id.slice(0, 8)}tus${state.uploads.size.toString(16).padStart(4, '0')}`;
      state.uploads.set(fileId, {
        fileId,
        sessionId: session.record.session_id,
        owner: caller.key,
        length,
        offset: 0,
        pieces: [],
        metadata,
      });
      return new HttpResponse(null, {
        status: 201,
        headers: { ...caller.headers, Location: `${base}/files/${fileId}`, 'Tus-Resumable': tusVersion },
      });
    }),

    getTusUploadOffset: scriptixRoute(({ request, params, caller }) => {
      if (request.headers.get('tus-resumable') !== tusVersion) {
        return bare(412, { 'Tus-Version': tusVersion });
      }
      const upload = state.uploads.get(String(params.fileId));
      if (!upload || upload.owner !== caller.key) {
        return bare(404, caller.headers);
      }
      return bare(200, {
        ...caller.headers,
        'Upload-Offset': String(upload.offset),
        'Upload-Length': String(upload.length),
        'Tus-Resumable': tusVersion,
        'Cache-Control': 'no-store',
      });
    }),

    uploadTusChunk: scriptixRoute(async ({ request, params, caller }) => {
      if (request.headers.get('tus-resumable') !== tusVersion) {
        return bare(412, { 'Tus-Version': tusVersion, ...caller.headers });
      }
      const upload = tusUpload(state, caller, String(params.fileId));
      if (upload instanceof Response) {
        return upload;
      }
      if (request.headers.get('content-type') !== 'application/offset+octet-stream') {
        return fail(caller, 415, 'Unsupported media type', { field: 'Content-Type', issue: 'must be application/offset+octet-stream' });
      }
      const offsetHeader = request.headers.get('upload-offset') ?? '';
      if (!/^\d+$/.test(offsetHeader)) {
        return badRequest(caller, 'Upload-Offset', 'required, a non-negative integer');
      }
      if (Number(offsetHeader) !== upload.offset) {
        return fail(caller, 409, 'Upload-Offset does not match the current offset', {
          field: 'Upload-Offset',
          issue: `server is at ${upload.offset}`,
        });
      }
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (upload.offset + bytes.length > upload.length) {
        return fail(caller, 413, `Chunk exceeds the declared Upload-Length of ${upload.length} bytes`);
      }
      const interruption = state.tusInterruptions.shift();
      const kept = interruption === undefined ? bytes : bytes.subarray(0, Math.min(interruption, bytes.length));
      upload.pieces.push(kept.slice());
      upload.offset += kept.length;
      if (upload.offset === upload.length) {
        const session = state.sessions.get(upload.sessionId);
        if (session) {
          attachMedia(session, concat(upload.pieces, upload.length), upload.metadata.filetype);
        }
      }
      if (interruption !== undefined) {
        return HttpResponse.error();
      }
      return bare(204, { ...caller.headers, 'Upload-Offset': String(upload.offset), 'Tus-Resumable': tusVersion });
    }),

    getFile: scriptixRoute(({ params, caller }) => {
      const upload = tusUpload(state, caller, String(params.fileId));
      if (upload instanceof Response) {
        return upload;
      }
      const session = ownedSession(state, caller, upload.sessionId);
      if (session instanceof Response) {
        return session;
      }
      const { language = '', document_type: documentType = 'document', ...rest } = upload.metadata;
      const metadata = { ...rest, language, document_type: documentType as Schemas['DocumentType'] };
      const answer: Schemas['FileInfoResponse'] = { result: { session_id: upload.sessionId, metadata } };
      return json(caller, answer);
    }),
  };
}

/** The bytes a finished TUS upload assembled (tests compare them with the source). */
export function assembledTusUpload(state: ScriptixMockState, fileId: string): Uint8Array | undefined {
  const upload = state.uploads.get(fileId);
  return upload ? concat(upload.pieces, upload.offset) : undefined;
}
