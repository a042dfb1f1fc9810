import { type APIPromise, ConfigurationError, callApi, type RequestOptions, ResponseValidationError } from '@conduit/core';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped } from './scriptix-envelope.js';
import { withTrailingSlash } from './scriptix-trailing-slash.js';
import { encodeTusMetadata, type ScriptixTusMetadataInput } from './scriptix-tus-metadata.js';
import type { ScriptixFileInfo } from './scriptix-types.js';
import { checkId } from './scriptix-validate.js';

const tusVersion = '1.0.0';

/**
 * A created TUS upload: its absolute URL (the `Location` answer header) and id (the URL's last
 * segment). TUS answers these in headers, not JSON; the names follow Scriptix's snake_case.
 */
export interface TusUploadRef {
  /** Absolute URL of the upload (the `Location` answer header); save it to resume. */
  upload_url: string;
  /** The upload's id: the URL's last segment (`getFile`'s `fileId`). */
  file_id: string;
}

/** Where a TUS upload stands (`getTusOffset`, from the `Upload-Offset` and `Upload-Length` headers). */
export interface TusOffset {
  /** Bytes the server holds. */
  offset: number;
  /** The upload's declared total length, when the server says. */
  length: number | undefined;
}

function readOffset(response: Response, name: string): number {
  const value = response.headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) {
    throw new ResponseValidationError(`Scriptix TUS answer has no valid ${name} header`, {
      status: response.status,
      body: '',
      url: response.url,
    });
  }
  return Number(value);
}

/** The file id of a TUS upload URL (its last path segment), checked. */
export function fileIdOf(uploadUrl: string): string {
  let url: URL;
  try {
    url = new URL(uploadUrl);
  } catch (error) {
    throw new ConfigurationError(`Scriptix: "${uploadUrl.slice(0, 200)}" is not a TUS upload URL.`, { cause: error });
  }
  const segment = url.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  return checkId(decodeURIComponent(segment), 'fileId');
}

/** The TUS protocol calls (`createTusUpload`, `getTusUploadOffset`, `uploadTusChunk`) and `getFile`. */
export function createTusCalls(context: ScriptixContext) {
  const { api, transport } = context;
  const tusHeader = { 'Tus-Resumable': tusVersion } as const;

  return {
    /** Creates a TUS upload, and with it a session (`createTusUpload`); metadata needs `language` and `document_type`. */
    createTusUpload(length: number, metadata: ScriptixTusMetadataInput, options?: RequestOptions): APIPromise<TusUploadRef> {
      return callApi(transport, {
        label: 'Scriptix uploads.createTusUpload',
        options,
        send: (fetch) => {
          if (!Number.isSafeInteger(length) || length <= 0) {
            throw new ConfigurationError(`Scriptix TUS: the upload length must be a positive whole number of bytes, got ${length}.`);
          }
          const header = { ...tusHeader, 'Upload-Length': length, 'Upload-Metadata': encodeTusMetadata(metadata) };
          return api.POST('/files', { params: { header }, fetch: withTrailingSlash(fetch) });
        },
        read: ({ response }) => {
          const location = response.headers.get('location');
          if (!location) {
            throw new ResponseValidationError('Scriptix TUS creation answered without a Location header', {
              status: response.status,
              body: '',
              url: response.url,
            });
          }
          const uploadUrl = new URL(location, response.url || `${context.baseUrl}/files/`).href;
          return { upload_url: uploadUrl, file_id: fileIdOf(uploadUrl) };
        },
      });
    },

    /** How many bytes the server holds for an upload (`getTusUploadOffset`, HEAD), and its total length. */
    getTusOffset(fileId: string, options?: RequestOptions): APIPromise<TusOffset> {
      return callApi(transport, {
        label: 'Scriptix uploads.getTusOffset',
        options,
        send: (fetch) => api.HEAD('/files/{fileId}', { params: { path: { fileId: checkId(fileId, 'fileId') }, header: tusHeader }, fetch }),
        read: ({ response }) => {
          const length = response.headers.get('upload-length');
          return { offset: readOffset(response, 'upload-offset'), length: length === null ? undefined : Number(length) };
        },
      });
    },

    /** Appends bytes at `offset` (`uploadTusChunk`, PATCH); resolves to the server's new `offset`. */
    uploadTusChunk(
      fileId: string,
      offset: number,
      bytes: Uint8Array,
      options?: RequestOptions,
    ): APIPromise<{
      /** The server's offset after the chunk (`Upload-Offset`). */
      offset: number;
    }> {
      return callApi(transport, {
        label: 'Scriptix uploads.uploadTusChunk',
        options,
        send: (fetch) => {
          const path = { fileId: checkId(fileId, 'fileId') };
          if (!Number.isSafeInteger(offset) || offset < 0) {
            throw new ConfigurationError(`Scriptix TUS: the chunk offset must be a whole number of bytes, 0 or more, got ${offset}.`);
          }
          return api.PATCH('/files/{fileId}', {
            params: { path, header: { ...tusHeader, 'Upload-Offset': offset } },
            body: bytes as unknown as string,
            bodySerializer: (body: unknown) => body as string,
            headers: { 'Content-Type': 'application/offset+octet-stream' },
            fetch,
          });
        },
        read: ({ response }) => ({ offset: readOffset(response, 'upload-offset') }),
      });
    },

    /** The session a TUS upload created and its decoded metadata (`getFile`). */
    getFile(fileId: string, options?: RequestOptions): APIPromise<ScriptixFileInfo> {
      return callApi(transport, {
        label: 'Scriptix uploads.getFile',
        options,
        send: (fetch) => api.GET('/files/{fileId}', { params: { path: { fileId: checkId(fileId, 'fileId') } }, fetch }),
        read: enveloped('getFile'),
      });
    },
  };
}
