import { pollUntil } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import { callFetch, joinSignals, type ViddyScribeContext } from './viddyscribe-context.js';
import { readData, uploadStatusSchema } from './viddyscribe-response.js';
import { ViddyScribeUploadFailedError } from './viddyscribe-upload-failed-error.js';
import type { WaitForUploadOptions } from './viddyscribe-upload-options.js';

/** `get_upload_status` answer. */
export type UploadStatus = components['schemas']['UploadStatusResponse'];

/** Verification states that end the wait with a failure (undocumented; `upload_failed` is the 409 code). */
const failedStates = new Set(['failed', 'upload_failed', 'error']);

/** Reads `get_upload_status` once. */
export async function readUploadStatus(
  context: ViddyScribeContext,
  mediaId: string,
  gcsPath: string,
  options: { signal?: AbortSignal | undefined; timeout?: number | undefined; deadline?: number | undefined } = {},
): Promise<UploadStatus> {
  const result = await context.api.GET('/get_upload_status', {
    params: { query: { media_id: mediaId, gcs_path: gcsPath } },
    fetch: callFetch(context, options),
  });
  return readData<UploadStatus>(result, uploadStatusSchema, 'get_upload_status');
}

/**
 * Polls `get_upload_status` until `upload_status` is `completed`. A failed verification throws
 * `ViddyScribeUploadFailedError`; running out of `timeout` throws `APITimeoutError`.
 */
export async function waitForUpload(
  context: ViddyScribeContext,
  mediaId: string,
  gcsPath: string,
  options: WaitForUploadOptions,
): Promise<UploadStatus> {
  const status = await pollUntil((signal) => readUploadStatus(context, mediaId, gcsPath, { signal }), {
    isDone: (value) => value.upload_status === 'completed' || failedStates.has(value.upload_status),
    interval: options.interval ?? context.pollInterval,
    timeout: options.timeout,
    signal: joinSignals(context, options.signal),
    onProgress: (value) => options.onProgress?.({ uploadStatus: value.upload_status }),
    now: context.now,
    sleep: context.sleep,
  });
  if (status.upload_status !== 'completed') {
    throw new ViddyScribeUploadFailedError(
      `ViddyScribe could not verify the upload of media ${mediaId} (upload_status ${status.upload_status}); upload it again.`,
      { mediaId, uploadStatus: status.upload_status },
    );
  }
  return status;
}
