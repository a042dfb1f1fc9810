import { ConfigurationError, ResponseValidationError } from '@conduit/core';
import type { ScriptixContext } from './scriptix-context.js';
import { readResult } from './scriptix-envelope.js';
import { callFetch, type RequestOptions, withTrailingSlash } from './scriptix-request-options.js';
import { encodeTusMetadata, type ScriptixTusMetadataInput } from './scriptix-tus-metadata.js';
import type { ScriptixFileInfo } from './scriptix-types.js';
import { checkId } from './scriptix-validate.js';

const tusVersion = '1.0.0';

/** A created TUS upload: its absolute URL (`Location`) and id (the URL's last segment). */
export interface TusUploadRef {
  /** Absolute URL of the upload (the `Location` answer header); save it to resume. */
  uploadUrl: string;
  /** The upload's id: the URL's last segment. */
  fileId: string;
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
    async createTusUpload(length: number, metadata: ScriptixTusMetadataInput, options?: RequestOptions): Promise<TusUploadRef> {
      if (!Number.isSafeInteger(length) || length <= 0) {
        throw new ConfigurationError(`Scriptix TUS: the upload length must be a positive whole number of bytes, got ${length}.`);
      }
      const header = { ...tusHeader, 'Upload-Length': length, 'Upload-Metadata': encodeTusMetadata(metadata) };
      const fetch = withTrailingSlash(callFetch(transport, options));
      const { response } = await api.POST('/files', { params: { header }, fetch });
      const location = response.headers.get('location');
      if (!location) {
        throw new ResponseValidationError('Scriptix TUS creation answered without a Location header', {
          status: response.status,
          body: '',
          url: response.url,
        });
      }
      const uploadUrl = new URL(location, response.url || `${context.baseUrl}/files/`).href;
      return { uploadUrl, fileId: fileIdOf(uploadUrl) };
    },

    /** How many bytes the server holds for an upload (`getTusUploadOffset`, HEAD), and its total length. */
    async getTusOffset(
      fileId: string,
      options?: RequestOptions,
    ): Promise<{
      /** Bytes the server holds. */
      offset: number;
      /** The upload's declared total length, when the server says. */
      length: number | undefined;
    }> {
      const params = { path: { fileId: checkId(fileId, 'fileId') }, header: tusHeader };
      const { response } = await api.HEAD('/files/{fileId}', { params, fetch: callFetch(transport, options) });
      const length = response.headers.get('upload-length');
      return { offset: readOffset(response, 'upload-offset'), length: length === null ? undefined : Number(length) };
    },

    /** Appends bytes at `offset` (`uploadTusChunk`, PATCH); returns the server's new offset. */
    async uploadTusChunk(fileId: string, offset: number, bytes: Uint8Array, options?: RequestOptions): Promise<number> {
      const params = { path: { fileId: checkId(fileId, 'fileId') }, header: { ...tusHeader, 'Upload-Offset': offset } };
      const { response } = await api.PATCH('/files/{fileId}', {
        params,
        body: bytes as unknown as string,
        bodySerializer: (body: unknown) => body as string,
        headers: { 'Content-Type': 'application/offset+octet-stream' },
        fetch: callFetch(transport, options),
      });
      return readOffset(response, 'upload-offset');
    },

    /** The session a TUS upload created and its decoded metadata (`getFile`). */
    async getFile(fileId: string, options?: RequestOptions): Promise<ScriptixFileInfo> {
      const params = { path: { fileId: checkId(fileId, 'fileId') } };
      return readResult(api.GET('/files/{fileId}', { params, fetch: callFetch(transport, options) }));
    },
  };
}
