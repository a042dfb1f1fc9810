import { ConfigurationError } from '@conduit/core';
import { checkDuration, checkMediaId, checkOneOf, checkText, readRequestOptions } from './viddyscribe-checks.js';
import { callFetch, joinSignals, type RequestOptions, requestOptionKeys, type ViddyScribeContext } from './viddyscribe-context.js';
import { directUploadLimit, uploadDirect } from './viddyscribe-direct-upload.js';
import { describeMediaSource, type MediaUploadSource } from './viddyscribe-media-source.js';
import { readData, uploadCreatedSchema } from './viddyscribe-response.js';
import { uploadSigned } from './viddyscribe-signed-upload.js';
import { createTimeBudget } from './viddyscribe-time-budget.js';
import {
  type MediaUploadOptions,
  mediaUploadOptionKeys,
  type UploadedMedia,
  type WaitForUploadOptions,
  waitForUploadOptionKeys,
} from './viddyscribe-upload-options.js';
import { readUploadStatus, type UploadStatus, waitForUpload } from './viddyscribe-upload-wait.js';

/** `client.media`: getting video into ViddyScribe. */
export interface MediaNamespace {
  /**
   * Uploads from a public URL (a string starting with `http(s)://`), a file path, a Blob, a web
   * ReadableStream or bytes. Sources of known size <= 32 MB go as one multipart request; larger ones
   * and streams go through a signed URL (PUT, notify, verification polls). Resolves with the media id.
   */
  upload(source: MediaUploadSource, options?: MediaUploadOptions): Promise<UploadedMedia>;
  /** Reads `get_upload_status` of a signed upload once. */
  uploadStatus(mediaId: string, gcsPath: string, options?: RequestOptions): Promise<UploadStatus>;
  /** Polls `get_upload_status` until the signed upload is verified. */
  waitForUpload(mediaId: string, gcsPath: string, options?: WaitForUploadOptions): Promise<UploadStatus>;
}

function checkCallback(label: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') {
    throw new ConfigurationError(`${label}: \`${name}\` must be a function.`);
  }
}

async function uploadByUrl(
  context: ViddyScribeContext,
  url: string,
  filename: string | undefined,
  options: MediaUploadOptions,
  deadline: number | undefined,
): Promise<UploadedMedia> {
  const result = await context.api.POST('/upload_media', {
    body: { input: { type: 'url', url, ...(filename ? { filename } : {}) } },
    fetch: callFetch(context, { signal: options.signal, idempotent: options.idempotent, deadline }),
  });
  const created = readData<{ media_id: string; duration_seconds?: number; frame_rate?: number }>(
    result,
    uploadCreatedSchema,
    'upload_media (url)',
  );
  return { mediaId: created.media_id, method: 'url', durationSeconds: created.duration_seconds, frameRate: created.frame_rate };
}

/** Builds `client.media`. */
export function createMediaNamespace(context: ViddyScribeContext): MediaNamespace {
  return {
    async upload(source, options) {
      const label = 'media.upload';
      const given = readRequestOptions(options, mediaUploadOptionKeys, label);
      const strategy = checkOneOf(label, 'strategy', given.strategy, ['auto', 'direct', 'signed-url']) ?? 'auto';
      checkDuration(label, 'interval', given.interval);
      checkText(label, 'filename', given.filename);
      checkCallback(label, 'onProgress', given.onProgress);
      const described = await describeMediaSource(source, given, label);
      const budget = createTimeBudget(context.now, given.timeout, joinSignals(context, given.signal), label);
      if (described.kind === 'url') {
        if (strategy !== 'auto') {
          throw new ConfigurationError(`${label}: \`strategy: '${strategy}'\` applies to local sources; a URL is fetched by the service.`);
        }
        return uploadByUrl(context, described.url, described.filename, given, budget.remaining());
      }
      const { size } = described;
      if (strategy === 'direct' && (size === undefined || size > directUploadLimit)) {
        throw new ConfigurationError(
          `${label}: \`strategy: 'direct'\` needs a source of known size up to ${directUploadLimit} bytes; use 'auto' or 'signed-url'.`,
        );
      }
      if (strategy === 'signed-url' || size === undefined || (strategy === 'auto' && size > directUploadLimit)) {
        return uploadSigned(context, described, given, budget);
      }
      return uploadDirect(context, { ...described, size }, given, budget);
    },

    async uploadStatus(mediaId, gcsPath, options) {
      const label = 'media.uploadStatus';
      const given = readRequestOptions(options, requestOptionKeys, label);
      checkMediaId(label, mediaId);
      checkText(label, 'gcsPath', gcsPath ?? null);
      return readUploadStatus(context, mediaId, gcsPath, given);
    },

    async waitForUpload(mediaId, gcsPath, options) {
      const label = 'media.waitForUpload';
      const given = readRequestOptions(options, waitForUploadOptionKeys, label);
      checkMediaId(label, mediaId);
      checkText(label, 'gcsPath', gcsPath ?? null);
      checkDuration(label, 'interval', given.interval);
      checkCallback(label, 'onProgress', given.onProgress);
      return waitForUpload(context, mediaId, gcsPath, given);
    },
  };
}
