import { ConfigurationError } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { readResult } from './scriptix-envelope.js';
import { callFetch, type RequestOptions } from './scriptix-request-options.js';
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

/** A document exported in one format. */
export interface ScriptixExportedDocument<F extends ScriptixExportFormat> {
  /** The format asked for. */
  format: F;
  /** The answer's `Content-Type`. */
  contentType: string | undefined;
  /** File name from `Content-Disposition`, when sent. */
  filename: string | undefined;
  /** The document for `json`, text for caption and text formats, bytes for `stl`, `docx`, `pdf`, `template`, `media`. */
  content: ScriptixExportContent<F>;
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

type DocumentAnswer = Promise<{ data?: { result: ScriptixDocument | ScriptixDirectDownload }; response: Response }>;

function filenameOf(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
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
    async get(sessionId: string, documentId: number | string, options?: RequestOptions): Promise<ScriptixDocument> {
      const params = { path: path(sessionId, documentId), query: { format: 'json' as const } };
      return (await readResult(api.GET(route, { params, fetch: callFetch(transport, options) }) as DocumentAnswer)) as ScriptixDocument;
    },

    /**
     * Exports a document (`getDocument?format=`): `json` gives the document, `srt`/`vtt`/`sbv`/`ttml`/
     * `txt`/`html` text, `stl`/`docx`/`pdf`/`template`/`media` bytes. For large media prefer `exportLink`.
     *
     * @example
     * ```ts
     * import { createScriptixClient } from '@conduit/scriptix';
     * declare const sessionId: string;
     * declare const documentId: number;
     * const client = createScriptixClient();
     * const { content } = await client.documents.export(sessionId, documentId, 'vtt');
     * ```
     */
    async export<F extends ScriptixExportFormat>(
      sessionId: string,
      documentId: number | string,
      format: F,
      exportOptions?: ScriptixExportOptions,
      options?: RequestOptions,
    ): Promise<ScriptixExportedDocument<F>> {
      const query = checkExport(format, exportOptions);
      const params = { path: path(sessionId, documentId), query };
      const fetch = callFetch(transport, options);
      if (format === 'json') {
        const answer = await (api.GET(route, { params, fetch }) as DocumentAnswer);
        const document = await readResult(Promise.resolve(answer));
        const response = answer.response;
        return {
          format,
          contentType: response.headers.get('content-type') ?? undefined,
          filename: filenameOf(response),
          content: document as ScriptixExportContent<F>,
        };
      }
      const { data, response } = await api.GET(route, { params, fetch, parseAs: 'arrayBuffer' });
      const bytes = new Uint8Array((data as ArrayBuffer | undefined) ?? new ArrayBuffer(0));
      const isText = (textFormats as readonly string[]).includes(format);
      const content = (isText ? new TextDecoder().decode(bytes) : bytes) as ScriptixExportContent<F>;
      return { format, contentType: response.headers.get('content-type') ?? undefined, filename: filenameOf(response), content };
    },

    /** A 1-hour Azure SAS download link for an export (`getDocument?direct_download=true`). */
    async exportLink(
      sessionId: string,
      documentId: number | string,
      format: ScriptixExportFormat,
      exportOptions?: ScriptixExportOptions,
      options?: RequestOptions,
    ): Promise<ScriptixDirectDownload> {
      const query = { ...checkExport(format, exportOptions), direct_download: true };
      const params = { path: path(sessionId, documentId), query };
      return (await readResult(
        api.GET(route, { params, fetch: callFetch(transport, options) }) as DocumentAnswer,
      )) as ScriptixDirectDownload;
    },

    /** Replaces a document's content (`updateDocument`). */
    async update(
      sessionId: string,
      documentId: number | string,
      input: ScriptixUpdateDocumentInput,
      options?: RequestOptions,
    ): Promise<ScriptixDocument> {
      const body = validateInput(updateDocumentSchema, input, 'documents.update');
      const params = { path: path(sessionId, documentId) };
      return readResult(api.PUT(route, { params, body, fetch: callFetch(transport, options) }));
    },

    /** Deletes a document (`deleteDocument`). */
    async delete(sessionId: string, documentId: number | string, options?: RequestOptions): Promise<void> {
      await api.DELETE(route, { params: { path: path(sessionId, documentId) }, fetch: callFetch(transport, options) });
    },

    /** Copies a document within its session (`copyDocument`; the body is not documented, e.g. `{ document_id, filename }`). */
    async copy(sessionId: string, input: Record<string, unknown> = {}, options?: RequestOptions): Promise<ScriptixDocument> {
      const body = validateInput(z.record(z.string(), z.unknown()), input, 'documents.copy');
      const params = { path: { sessionId: checkId(sessionId, 'sessionId') } };
      return readResult(api.POST('/speech-to-text/session/{sessionId}/document', { params, body, fetch: callFetch(transport, options) }));
    },
  };
}
