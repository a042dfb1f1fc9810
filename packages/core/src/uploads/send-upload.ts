import { assertSecureUrl } from '../transport/assert-secure-url.js';
import { readErrorResponse } from '../transport/read-error-response.js';
import type { ErrorBodyParser } from '../transport/transport-options.js';
import { type ProgressRequestInit, sendWithProgress } from './send-with-progress.js';

/** A browser-safe upload request: `sendWithProgress` plus how to name and read a failure. */
export interface UploadRequestInit extends ProgressRequestInit {
  /** Provider id for errors (default `signed-url`). */
  provider?: string | undefined;
  /** Reads the provider's error body into code, message and kind. */
  parseError?: ErrorBodyParser | undefined;
}

/**
 * Sends one upload request with progress and no credentials of its own (signed URLs and upload
 * tokens carry their authority in the URL). A non-2xx answer throws the typed `APIError` subclass
 * for its status (`PermissionDeniedError` for an expired signature, `RateLimitError` with the wait
 * its `parseError` reads, ...), with the URL's signature redacted; resolves with the 2xx answer.
 */
export async function sendUpload(url: string | URL, init: UploadRequestInit): Promise<Response> {
  const target = assertSecureUrl(url, 'upload URL');
  const response = await sendWithProgress(target, init);
  if (response.ok) {
    return response;
  }
  throw await readErrorResponse(response, {
    provider: init.provider ?? 'signed-url',
    method: init.method,
    url: target.href,
    // Rate-limit headers are left to `parseError` (its `retryAfterMs`): browser bundles stay small.
    rateLimit: undefined,
    parseError: init.parseError,
    requestIdHeader: 'x-request-id',
  });
}
