import { APIPromise, type APIResponse, ConfigurationError, callApi, checkRequestOptions, type RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import { checkDuration, checkMediaId, checkOneOf, checkText, readOptions, requestOptionsOf } from './viddyscribe-checks.js';
import { type ViddyScribeContext, waitSignal } from './viddyscribe-context.js';
import { directUploadLimit, uploadDirect } from './viddyscribe-direct-upload.js';
import { describeMediaSource, type MediaUploadSource } from './viddyscribe-media-source.js';
import { uploadCreatedSchema } from './viddyscribe-response-schemas.js';
import { uploadSigned } from './viddyscribe-signed-upload.js';
import { createTimeBudget, type TimeBudget, withinBudget } from './viddyscribe-time-budget.js';
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
   * and streams go through a signed URL (PUT, notify, verification polls). Resolves to the media
   * record; generate with its `media_id`.
   */
  upload(source: MediaUploadSource, upload?: MediaUploadOptions, options?: RequestOptions): APIPromise<UploadedMedia>;
  /** Reads `get_upload_status` of a signed upload once. */
  uploadStatus(mediaId: string, gcsPath: string, options?: RequestOptions): APIPromise<UploadStatus>;
  /** Polls `get_upload_status` until the signed upload is verified. `options.signal` also ends the waits between polls. */
  waitForUpload(mediaId: string, gcsPath: string, wait?: WaitForUploadOptions, options?: RequestOptions): APIPromise<UploadStatus>;
}

function checkCallback(label: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') {
    throw new ConfigurationError(`${label}: \`${name}\` must be a function.`);
  }
}

function uploadByUrl(
  context: ViddyScribeContext,
  url: string,
  filename: string | undefined,
  options: RequestOptions,
  budget: TimeBudget,
): Promise<APIResponse<components['schemas']['UploadMediaCreated']>> {
  return callApi<components['schemas']['UploadMediaCreated']>(context.transport, {
    label: 'ViddyScribe media.upload',
    options: withinBudget(options, budget),
    send: (fetch) => context.api.POST('/upload_media', { body: { input: { type: 'url', url, ...(filename ? { filename } : {}) } }, fetch }),
    read: { what: 'ViddyScribe upload_media (url)', schema: uploadCreatedSchema },
  }).withResponse();
}

/** Builds `client.media`. */
export function createMediaNamespace(context: ViddyScribeContext): MediaNamespace {
  return {
    upload(source, upload, options) {
      const label = 'media.upload';
      return APIPromise.from(async (): Promise<APIResponse<UploadedMedia>> => {
        const given = readOptions(upload, mediaUploadOptionKeys, label);
        const requestOptions = requestOptionsOf(given, ['signal', 'idempotent'], options, label);
        const strategy = checkOneOf(label, 'strategy', given.strategy, ['auto', 'direct', 'signed-url']) ?? 'auto';
        checkDuration(label, 'interval', given.interval);
        checkDuration(label, 'timeout', given.timeout);
        checkText(label, 'filename', given.filename);
        checkCallback(label, 'onProgress', given.onProgress);
        const described = await describeMediaSource(source, given, label);
        const budget = createTimeBudget(context.now, given.timeout, waitSignal(context, requestOptions.signal), label);
        if (described.kind === 'url') {
          if (strategy !== 'auto') {
            throw new ConfigurationError(
              `${label}: \`strategy: '${strategy}'\` applies to local sources; a URL is fetched by the service.`,
            );
          }
          return uploadByUrl(context, described.url, described.filename, requestOptions, budget);
        }
        const { size } = described;
        if (strategy === 'direct' && (size === undefined || size > directUploadLimit)) {
          throw new ConfigurationError(
            `${label}: \`strategy: 'direct'\` needs a source of known size up to ${directUploadLimit} bytes; use 'auto' or 'signed-url'.`,
          );
        }
        if (strategy === 'signed-url' || size === undefined || (strategy === 'auto' && size > directUploadLimit)) {
          return uploadSigned(context, described, given, requestOptions, budget);
        }
        return uploadDirect(context, { ...described, size }, given, requestOptions, budget);
      });
    },

    uploadStatus(mediaId, gcsPath, options) {
      const label = 'media.uploadStatus';
      return APIPromise.from(async () => {
        checkRequestOptions(options, label);
        checkMediaId(label, mediaId);
        checkText(label, 'gcsPath', gcsPath ?? null);
        return readUploadStatus(context, label, mediaId, gcsPath, options);
      });
    },

    waitForUpload(mediaId, gcsPath, wait, options) {
      const label = 'media.waitForUpload';
      return APIPromise.from(async () => {
        const given = readOptions(wait, waitForUploadOptionKeys, label);
        const requestOptions = requestOptionsOf(given, ['signal'], options, label);
        checkMediaId(label, mediaId);
        checkText(label, 'gcsPath', gcsPath ?? null);
        checkDuration(label, 'interval', given.interval);
        checkDuration(label, 'timeout', given.timeout);
        checkCallback(label, 'onProgress', given.onProgress);
        return waitForUpload(context, label, mediaId, gcsPath, given, requestOptions);
      });
    },
  };
}
