import {
  type APIPromise,
  type APIResponse,
  ConfigurationError,
  describeSource,
  type RequestOptions,
  type UploadProgress,
  type UploadSource,
  uploadToSignedUrl,
} from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { resolveMediaType } from './scriptix-media-type.js';
import type { ScriptixUploadUrl } from './scriptix-types.js';
import { validateInput } from './scriptix-validate.js';

/** Largest SAS upload the docs allow (5 GiB). */
export const sasMaxFileSize = 5_368_709_120;

/** Options of `sessions.upload` (Azure Blob SAS). */
export interface SasUploadOptions {
  /** Media content type (default: the source's, else guessed from the file name). */
  contentType?: string | undefined;
  /** Called as bytes are sent. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
}

const sasUploadOptionsSchema = z.strictObject({
  contentType: z.optional(z.string().check(z.minLength(3))),
  onProgress: z.optional(z.custom<(progress: UploadProgress) => void>((value) => typeof value === 'function')),
});

/** What is checked about a SAS upload before any request: options, source kind, size and media type. */
export async function prepareSasUpload(
  source: UploadSource,
  options: SasUploadOptions = {},
): Promise<{ size: number; contentType: string | undefined }> {
  validateInput(sasUploadOptionsSchema, options, 'sessions.upload options');
  const info = await describeSource(source);
  if (info.size === undefined) {
    throw new ConfigurationError(
      'Scriptix SAS uploads need a known size: pass a file path, Blob or bytes, or use a TUS upload with `size`.',
    );
  }
  if (info.size === 0) {
    throw new ConfigurationError('Scriptix: the media to upload is empty (0 bytes).');
  }
  if (info.size > sasMaxFileSize) {
    throw new ConfigurationError(
      `Scriptix SAS uploads are limited to ${sasMaxFileSize} bytes (5 GiB); this source has ${info.size}. Use a TUS upload.`,
    );
  }
  return { size: info.size, contentType: resolveMediaType(info, options.contentType) };
}

/**
 * Uploads media to a session through an Azure Blob SAS URL: `getUploadUrl`, then one `PUT` to Azure
 * with `x-ms-blob-type: BlockBlob` (no API key leaves the process; files stream from disk). Resolves
 * to the upload URL grant with the `getUploadUrl` response; `options.signal` aborts the `PUT` too.
 */
export async function uploadViaSas(
  context: ScriptixContext,
  issueUrl: (sessionId: string, options: RequestOptions | undefined) => APIPromise<ScriptixUploadUrl>,
  sessionId: string,
  source: UploadSource,
  uploadOptions: SasUploadOptions = {},
  options?: RequestOptions,
): Promise<APIResponse<ScriptixUploadUrl>> {
  const { size, contentType } = await prepareSasUpload(source, uploadOptions);
  const answer = await issueUrl(sessionId, options).withResponse();
  const grant = answer.data;
  if (grant.max_file_size !== undefined && size > grant.max_file_size) {
    throw new ConfigurationError(`Scriptix accepts at most ${grant.max_file_size} bytes for this session; the source has ${size}.`);
  }
  const signal = options?.signal;
  await uploadToSignedUrl(grant.upload_url, source, {
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    ...(contentType === undefined ? {} : { contentType }),
    ...(uploadOptions.onProgress === undefined ? {} : { onProgress: uploadOptions.onProgress }),
    ...(signal === undefined ? {} : { signal }),
    ...(context.fetch === undefined ? {} : { fetch: context.fetch }),
    provider: 'scriptix',
  });
  return answer;
}
