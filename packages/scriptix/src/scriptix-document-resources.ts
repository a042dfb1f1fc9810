import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { readPage, readResult, type ScriptixPage } from './scriptix-envelope.js';
import { type ListOptions, paginateOffset } from './scriptix-paginate.js';
import { callFetch, type RequestOptions } from './scriptix-request-options.js';
import type { ScriptixDirectDownload, ScriptixDocument, ScriptixExportFormat, ScriptixPatchDocumentInput } from './scriptix-types.js';
import { checkId, validateInput } from './scriptix-validate.js';

const patchSchema = z.strictObject({ filename: z.optional(z.string()), document: z.optional(z.record(z.string(), z.unknown())) });
const formatSchema = z.enum(['json', 'srt', 'vtt', 'sbv', 'ttml', 'stl', 'docx', 'pdf', 'txt', 'html', 'template', 'media']);

/**
 * The top-level `/documents` resource one newer docs page describes (unverified: the other doc sets
 * and the official examples use the session-scoped `documents` namespace instead).
 */
export function createDocumentResourcesNamespace(context: ScriptixContext) {
  const { api, transport } = context;
  const path = (documentId: unknown) => ({ documentId: checkId(documentId, 'documentId') });
  const listPage = async (
    page: { offset?: number; limit?: number } = {},
    options?: RequestOptions,
  ): Promise<ScriptixPage<ScriptixDocument>> =>
    readPage(api.GET('/documents', { params: { query: page }, fetch: callFetch(transport, options) }));

  return {
    /** Every document visible to the token (`listDocuments`, unverified). */
    list(options?: ListOptions): AsyncGenerator<ScriptixDocument, void, undefined> {
      return paginateOffset((offset, limit, signal) => listPage({ offset, limit }, { signal }), options);
    },
    /** One page of documents (unverified). */
    listPage,
    /** A document by id (`getDocumentResource`, unverified). */
    async get(documentId: number | string, options?: RequestOptions): Promise<ScriptixDocument> {
      return readResult(api.GET('/documents/{documentId}', { params: { path: path(documentId) }, fetch: callFetch(transport, options) }));
    },
    /** Partially updates a document (`patchDocumentResource`, unverified). */
    async patch(documentId: number | string, input: ScriptixPatchDocumentInput, options?: RequestOptions): Promise<ScriptixDocument> {
      const body = validateInput(patchSchema, input, 'documentResources.patch');
      return readResult(
        api.PATCH('/documents/{documentId}', { params: { path: path(documentId) }, body, fetch: callFetch(transport, options) }),
      );
    },
    /** Requests an export download link (`exportDocumentResource`, unverified). */
    async export(documentId: number | string, format: ScriptixExportFormat, options?: RequestOptions): Promise<ScriptixDirectDownload> {
      const body = { format: validateInput(formatSchema, format, 'documentResources.export `format`') };
      return readResult(
        api.POST('/documents/{documentId}/export', { params: { path: path(documentId) }, body, fetch: callFetch(transport, options) }),
      );
    },
  };
}
