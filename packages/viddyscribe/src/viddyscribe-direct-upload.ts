import { type APIResponse, callApi, openFileAsBlob, type RequestOptions, type UploadSource } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import type { ViddyScribeContext } from './viddyscribe-context.js';
import { uploadCreatedSchema } from './viddyscribe-response-schemas.js';
import { type TimeBudget, withinBudget } from './viddyscribe-time-budget.js';
import type { MediaUploadOptions } from './viddyscribe-upload-options.js';

/** Largest source sent as one multipart request: the documented 32 MB, read as 32,000,000 bytes to stay safely below it. */
export const directUploadLimit = 32_000_000;

async function toBlob(source: UploadSource, contentType: string): Promise<Blob> {
  if (typeof source === 'string') {
    // Read lazily from disk as the body is sent (Node, Bun, Deno); in browsers and Workers a path is a ConfigurationError.
    return openFileAsBlob(source, { type: contentType });
  }
  if (source instanceof Blob) {
    return source.type === contentType ? source : source.slice(0, source.size, contentType);
  }
  return new Blob([source as Uint8Array<ArrayBuffer> | ArrayBuffer], { type: contentType });
}

/** Sends a source of known size (<= 32 MB) as `multipart/form-data` with `input={"type":"file"}`; resolves to the `upload_media` answer. */
export async function uploadDirect(
  context: ViddyScribeContext,
  source: { source: UploadSource; size: number; filename: string; contentType: string },
  upload: MediaUploadOptions,
  options: RequestOptions,
  budget: TimeBudget,
): Promise<APIResponse<components['schemas']['UploadMediaCreated']>> {
  const file = await toBlob(source.source, source.contentType);
  const form = new FormData();
  form.append('input', JSON.stringify({ type: 'file' }));
  form.append('file', file, source.filename);
  upload.onProgress?.({ phase: 'uploading', loaded: 0, total: source.size });
  const answer = await callApi<components['schemas']['UploadMediaCreated']>(context.transport, {
    label: 'ViddyScribe media.upload',
    options: withinBudget(options, budget),
    send: (fetch) =>
      context.api.POST('/upload_media', {
        // The typed body only satisfies openapi-fetch; the FormData built above is what is sent.
        body: { input: JSON.stringify({ type: 'file' }), file: source.filename },
        bodySerializer: () => form,
        fetch,
      }),
    read: { what: 'ViddyScribe upload_media (file)', schema: uploadCreatedSchema },
  }).withResponse();
  upload.onProgress?.({ phase: 'uploading', loaded: source.size, total: source.size });
  return answer;
}
