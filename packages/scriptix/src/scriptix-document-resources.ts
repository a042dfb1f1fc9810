import { type APIPromise, callApi, type PagePromise, type RequestOptions } from '@conduit/core';
import { scriptixOperations } from '@conduit/specs/scriptix';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped, scriptixListEnvelope } from './scriptix-envelope.js';
import { checkListOptions, type ListOptions, scriptixList } from './scriptix-list.js';
import type {
  ScriptixDirectDownload,
  ScriptixDocument,
  ScriptixDocumentList,
  ScriptixExportFormat,
  ScriptixPatchDocumentInput,
} from './scriptix-types.js';
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

  return {
    /** Documents visible to the token (`listDocuments`, unverified): await it for the first page, or `for await` every document. */
    list(query: ListOptions = {}, options?: RequestOptions): PagePromise<ScriptixDocumentList, ScriptixDocument> {
      return scriptixList<ScriptixDocumentList>(transport, {
        label: 'Scriptix documentResources.list',
        operation: scriptixOperations.listDocuments,
        options,
        check: () => {
          const checked = checkListOptions(query, 'documentResources.list');
          return { size: checked.limit ?? 25, maxItems: checked.maxItems };
        },
        fetchPage: (cursor, fetch) => api.GET('/documents', { params: { query: { offset: cursor.offset, limit: cursor.size } }, fetch }),
      });
    },
    /** One page of documents, as the API answers it (unverified). */
    listPage(page: { offset?: number; limit?: number } = {}, options?: RequestOptions): APIPromise<ScriptixDocumentList> {
      return callApi(transport, {
        label: 'Scriptix documentResources.listPage',
        options,
        send: (fetch) => api.GET('/documents', { params: { query: page }, fetch }),
        read: { what: 'Scriptix listDocuments', envelope: scriptixListEnvelope },
      });
    },
    /** A document by id (`getDocumentResource`, unverified). */
    get(documentId: number | string, options?: RequestOptions): APIPromise<ScriptixDocument> {
      return callApi(transport, {
        label: 'Scriptix documentResources.get',
        options,
        send: (fetch) => api.GET('/documents/{documentId}', { params: { path: path(documentId) }, fetch }),
        read: enveloped('getDocumentResource'),
      });
    },
    /** Partially updates a document (`patchDocumentResource`, unverified). */
    patch(documentId: number | string, input: ScriptixPatchDocumentInput, options?: RequestOptions): APIPromise<ScriptixDocument> {
      return callApi(transport, {
        label: 'Scriptix documentResources.patch',
        options,
        send: (fetch) => {
          const body = validateInput(patchSchema, input, 'documentResources.patch');
          return api.PATCH('/documents/{documentId}', { params: { path: path(documentId) }, body, fetch });
        },
        read: enveloped('patchDocumentResource'),
      });
    },
    /** Requests an export download link (`exportDocumentResource`, unverified). */
    export(documentId: number | string, format: ScriptixExportFormat, options?: RequestOptions): APIPromise<ScriptixDirectDownload> {
      return callApi(transport, {
        label: 'Scriptix documentResources.export',
        options,
        send: (fetch) => {
          const body = { format: validateInput(formatSchema, format, 'documentResources.export `format`') };
          return api.POST('/documents/{documentId}/export', { params: { path: path(documentId) }, body, fetch });
        },
        read: enveloped('exportDocumentResource'),
      });
    },
  };
}
