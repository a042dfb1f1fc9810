import { type APIResponse, callApi, pollUntil, type RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import { type ViddyScribeContext, waitSignal } from './viddyscribe-context.js';
import { uploadStatusSchema } from './viddyscribe-response-schemas.js';
import { ViddyScribeUploadFailedError } from './viddyscribe-upload-failed-error.js';
import type { WaitForUploadOptions } from './viddyscribe-upload-options.js';

/** `get_upload_status` answer. */
export type UploadStatus = components['schemas']['UploadStatusResponse'];

/** Verification states that end the wait with a failure (undocumented; `upload_failed` is the 409 code). */
const failedStates = new Set(['failed', 'upload_failed', 'error']);

/** Reads `get_upload_status` once. */
export function readUploadStatus(
  context: ViddyScribeContext,
  label: string,
  mediaId: string,
  gcsPath: string,
  options: RequestOptions | undefined,
): Promise<APIResponse<UploadStatus>> {
  return callApi<UploadStatus>(context.transport, {
    label: `ViddyScribe ${label}`,
    options,
    send: (fetch) => context.api.GET('/get_upload_status', { params: { query: { media_id: mediaId, gcs_path: gcsPath } }, fetch }),
    read: { what: 'ViddyScribe get_upload_status', schema: uploadStatusSchema },
  }).withResponse();
}

/**
 * Polls `get_upload_status` until `upload_status` is `completed`. A failed verification throws
 * `ViddyScribeUploadFailedError`; running out of `timeout` throws `APITimeoutError`.
 */
export async function waitForUpload(
  context: ViddyScribeContext,
  label: string,
  mediaId: string,
  gcsPath: string,
  wait: WaitForUploadOptions,
  options: RequestOptions,
): Promise<APIResponse<UploadStatus>> {
  const answer = await pollUntil(() => readUploadStatus(context, label, mediaId, gcsPath, options), {
    isDone: ({ data }) => data.upload_status === 'completed' || failedStates.has(data.upload_status),
    interval: wait.interval ?? context.pollInterval,
    timeout: wait.timeout,
    signal: waitSignal(context, options.signal),
    onProgress: ({ data }) => wait.onProgress?.(data),
    now: context.now,
    sleep: context.sleep,
  });
  const status = answer.data.upload_status;
  if (status !== 'completed') {
    throw new ViddyScribeUploadFailedError(
      `ViddyScribe could not verify the upload of media ${mediaId} (upload_status ${status}); upload it again.`,
      { mediaId, uploadStatus: status },
    );
  }
  return answer;
}
