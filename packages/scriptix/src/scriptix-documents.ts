import { type APIPromise, ConfigurationError, callApi, type FetchResult, type RequestOptions, readJson } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped } from './scriptix-envelope.js';
import type { ScriptixDirectDownload, ScriptixDocument, ScriptixExportFormat, ScriptixUpdateDocumentInput } from './scriptix-types.js';
import { checkId, validateInput } from './scriptix-validate.js';

const formats = ['json', 'srt', 'vtt', 'sbv', 'ttml', 'stl', 'docx', 'pdf', 'txt', 'html', 'template', 'media'] as const;

/** Every documented export format, in the docs' order. */
export const scriptixExportFormats: readonly ScriptixExportFormat[] = formats;

const textFormats = ['srt', 'vtt', 'sbv', 'ttml', 'txt', 'html'] as const;

/** Export formats delivered as text: captions (except binary EBU STL) and plain/HTML documents. */
export type ScriptixTextExportFormat = (typeof textFormats)[number];

/** What an export holds: the document for `json`, text for caption/text formats, bytes for `stl`, `docx`, `pdf`, `template`, `media`. */
export type ScriptixExportContent<F extends ScriptixExportFormat> = F extends 'json'
  ? ScriptixDocument
  : F extends ScriptixTextExportFormat
    ? string
    : Uint8Array;

/** A document exported in one format (field names as the spec spells them elsewhere: `content_type`, `filename`, `document`). */
export interface ScriptixExportedDocument<F extends ScriptixExportFormat> {
  /** The format asked for. */
  format: F;
  /** The answer's `Content-Type`. */
  content_type: string | undefined;
  /** File name from `Content-Disposition`, when sent. */
  filename: string | undefined;
  /** The document for `json`, text for caption and text formats, bytes for `stl`, `docx`, `pdf`, `template`, `media`. */
  document: ScriptixExportContent<F>;
}

/** Export switches (`getDocument` query parameters). */
export interface ScriptixExportOptions {
  /** Omit timestamps from document exports. */
  withoutTimestamps?: boolean | undefined;
  /** Omit speaker labels from document exports. */
  withoutSpeakers?: boolean | undefined;
  /** AI template id; required for `template`. */
  templateId?: number | string | undefined;
  /** Magic-link share token, to read a shared document. */
  shareToken?: string | undefined;
}

const exportOptionsSchema = z.strictObject({
  withoutTimestamps: z.optional(z.boolean()),
  withoutSpeakers: z.optional(z.boolean()),
  templateId: z.optional(z.union([z.number(), z.string().check(z.minLength(1))])),
  shareToken: z.optional(z.string().check(z.minLength(1))),
});

const updateDocumentSchema = z.strictObject({
  filename: z.optional(z.string()),
  document: z.record(z.string(), z.unknown()),
  plain_document_changed: z.optional(z.union([z.boolean(), z.enum(['true', 'false'])])),
});

function checkExport(format: unknown, options: ScriptixExportOptions | undefined) {
  const checkedFormat = validateInput(z.enum(formats), format, 'export `format`');
  const checked = validateInput(exportOptionsSchema, options ?? {}, 'export options');
  if (checkedFormat === 'template' && checked.templateId === undefined) {
    throw new ConfigurationError('Scriptix: exporting as `template` needs `templateId` (the AI template to apply).');
  }
  return {
    format: checkedFormat,
    without_timestamps: checked.withoutTimestamps,
    without_speakers: checked.withoutSpeakers,
    template_id: checked.templateId,
    token: checked.shareToken,
  };
}

function filenameOf(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** Reads an export answer: the JSON document, else the bytes (as text for text formats). */
function readExport<F extends ScriptixExportFormat>(format: F, result: FetchResult): ScriptixExportedDocument<F> {
  const { response } = result;
  let document: unknown;
  if (format === 'json') {
    document = readJson<ScriptixDocument>(result, enveloped('getDocument'));
  } else {
    const bytes = new Uint8Array((result.data as ArrayBuffer | undefined) ?? new ArrayBuffer(0));
    document = (textFormats as readonly string[]).includes(format) ? new TextDecoder().decode(bytes) : bytes;
  }
  return {
    format,
    content_type: response.headers.get('content-type') ?? undefined,
    filename: filenameOf(response),
    document: document as ScriptixExportContent<F>,
  };
}

/** Session-scoped documents: read, export in every format, update, delete, copy. */
export function createDocumentsNamespace(context: ScriptixContext) {
  const { api, transport } = context;
  const route = '/speech-to-text/session/{sessionId}/document/{documentId}';
  const path = (sessionId: unknown, documentId: unknown) => ({
    sessionId: checkId(sessionId, 'sessionId'),
    documentId: checkId(documentId, 'documentId'),
  });

  return {
    /** The document as JSON (`getDocument`, `format=json`). */
    get(sessionId: string, documentId: number | string, options?: RequestOptions): APIPromise<ScriptixDocument> {
      return callApi(transport, {
        label: 'Scriptix documents.get',
        options,
        send: (fetch) => api.GET(route, { params: { path: path(sessionId, documentId), query: { format: 'json' as const } }, fetch }),
        read: enveloped('getDocument'),
      });
    },

    /**
     * Exports a document (`getDocument?format=`): `json` gives the document, `srt`/`vtt`/`sbv`/`ttml`/
     * `txt`/`html` text, `stl`/`docx`/`pdf`/`template`/`media` bytes, in `document`. For large media prefer `exportLink`.
     *
     * @example
     * ```ts
     * import { createScriptixClient } from '@conduit/scriptix';
     * declare const sessionId: string;
     * declare const documentId: number;
     * const client = createScriptixClient();
     * const { document: vtt } = await client.documents.export(sessionId, documentId, 'vtt');
     * ```
     */
    export<F extends ScriptixExportFormat>(
      sessionId: string,
      documentId: number | string,
      format: F,
      exportOptions?: ScriptixExportOptions,
      options?: RequestOptions,
    ): APIPromise<ScriptixExportedDocument<F>> {
      return callApi(transport, {
        label: 'Scriptix documents.export',
        options,
        send: (fetch) => {
          const params = { path: path(sessionId, documentId), query: checkExport(format, exportOptions) };
          return format === 'json' ? api.GET(route, { params, fetch }) : api.GET(route, { params, fetch, parseAs: 'arrayBuffer' });
        },
        read: (result) => readExport(format, result),
      });
    },

    /** A 1-hour Azure SAS download link for an export (`getDocument?direct_download=true`). */
    exportLink(
      sessionId: string,
      documentId: number | string,
      format: ScriptixExportFormat,
      exportOptions?: ScriptixExportOptions,
      options?: RequestOptions,
    ): APIPromise<ScriptixDirectDownload> {
      return callApi(transport, {
        label: 'Scriptix documents.exportLink',
        options,
        send: (fetch) => {
          const query = { ...checkExport(format, exportOptions), direct_download: true };
          return api.GET(route, { params: { path: path(sessionId, documentId), query }, fetch });
        },
        read: enveloped('getDocument'),
      });
    },

    /** Replaces a document's content (`updateDocument`). */
    update(
      sessionId: string,
      documentId: number | string,
      input: ScriptixUpdateDocumentInput,
      options?: RequestOptions,
    ): APIPromise<ScriptixDocument> {
      return callApi(transport, {
        label: 'Scriptix documents.update',
        options,
        send: (fetch) => {
          const body = validateInput(updateDocumentSchema, input, 'documents.update');
          return api.PUT(route, { params: { path: path(sessionId, documentId) }, body, fetch });
        },
        read: enveloped('updateDocument'),
      });
    },

    /** Deletes a document (`deleteDocument`). */
    delete(sessionId: string, documentId: number | string, options?: RequestOptions): APIPromise<void> {
      return callApi(transport, {
        label: 'Scriptix documents.delete',
        options,
        send: (fetch) => api.DELETE(route, { params: { path: path(sessionId, documentId) }, fetch }),
        read: () => undefined,
      });
    },

    /** Copies a document within its session (`copyDocument`; the body is not documented, e.g. `{ document_id, filename }`). */
    copy(sessionId: string, input: Record<string, unknown> = {}, options?: RequestOptions): APIPromise<ScriptixDocument> {
      return callApi(transport, {
        label: 'Scriptix documents.copy',
        options,
        send: (fetch) => {
          const body = validateInput(z.record(z.string(), z.unknown()), input, 'documents.copy');
          const params = { path: { sessionId: checkId(sessionId, 'sessionId') } };
          return api.POST('/speech-to-text/session/{sessionId}/document', { params, body, fetch });
        },
        read: enveloped('copyDocument'),
      });
    },
  };
}
