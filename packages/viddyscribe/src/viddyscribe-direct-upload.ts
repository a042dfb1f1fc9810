import { openFileAsBlob, type UploadSource } from '@conduit/core';
import { callFetch, type ViddyScribeContext } from './viddyscribe-context.js';
import { readData, uploadCreatedSchema } from './viddyscribe-response.js';
import type { TimeBudget } from './viddyscribe-time-budget.js';
import type { MediaUploadOptions, UploadedMedia } from './viddyscribe-upload-options.js';

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

/** Sends a source of known size (<= 32 MB) as `multipart/form-data` with `input={"type":"file"}`. */
export async function uploadDirect(
  context: ViddyScribeContext,
  source: { source: UploadSource; size: number; filename: string; contentType: string },
  options: MediaUploadOptions,
  budget: TimeBudget,
): Promise<UploadedMedia> {
  const file = await toBlob(source.source, source.contentType);
  const form = new FormData();
  form.append('input', JSON.stringify({ type: 'file' }));
  form.append('file', file, source.filename);
  options.onProgress?.({ phase: 'uploading', loaded: 0, total: source.size });
  const result = await context.api.POST('/upload_media', {
    // The typed body only satisfies openapi-fetch; the FormData built above is what is sent.
    body: { input: JSON.stringify({ type: 'file' }), file: source.filename },
    bodySerializer: () => form,
    fetch: callFetch(context, { signal: options.signal, idempotent: options.idempotent, deadline: budget.remaining() }),
  });
  const created = readData<{ media_id: string; duration_seconds?: number; frame_rate?: number }>(
    result,
    uploadCreatedSchema,
    'upload_media (file)',
  );
  options.onProgress?.({ phase: 'uploading', loaded: source.size, total: source.size });
  return { mediaId: created.media_id, method: 'direct', durationSeconds: created.duration_seconds, frameRate: created.frame_rate };
}
