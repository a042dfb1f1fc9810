import { ConduitError } from '../errors/conduit-error.js';
import { createAPIError } from '../errors/create-api-error.js';
import { sendReplayable } from '../platform/send-replayable.js';
import { assertSecureUrl } from '../transport/assert-secure-url.js';
import { classifyFetchError } from '../transport/classify-fetch-error.js';
import { parseBodyText } from '../transport/read-error-response.js';
import { fileRangeBody } from './file-range-body.js';
import type { ReplayableBody } from './replayable-body.js';
import { describeSource, type UploadSource } from './upload-source.js';

/** Progress of an upload: bytes sent so far and the total when known. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Total bytes, when known. */
  total: number | undefined;
}

/** Options for `uploadToSignedUrl`. */
export interface SignedUploadOptions {
  /** HTTP method the URL was signed for (default `PUT`). */
  method?: 'PUT' | 'POST';
  /** `Content-Type` the URL was signed with; must match exactly or the storage service refuses it. */
  contentType?: string;
  /** Extra headers the signature requires (e.g. `x-ms-blob-type: BlockBlob` for Azure SAS). */
  headers?: Record<string, string>;
  /** Called as bytes are sent. */
  onProgress?: (progress: UploadProgress) => void;
  /** Aborts the upload. */
  signal?: AbortSignal;
  /** fetch used for non-file sources (looked up at call time when absent). */
  fetch?: typeof globalThis.fetch;
  /** Provider id for errors (default `signed-url`). */
  provider?: string;
}

/**
 * Uploads a source to a pre-signed URL with one request and no API key. On Node, Bun and Deno a
 * file path is streamed through `node:http(s)` (Node's fetch would buffer it whole); Blobs, bytes
 * and streams go through fetch, which browsers stream natively. In browsers and Workers a path is a
 * `ConfigurationError` saying what to pass instead. Non-2xx answers throw typed errors.
 */
export async function uploadToSignedUrl(
  url: string,
  source: UploadSource,
  options: SignedUploadOptions = {},
): Promise<{
  /** The storage service's 2xx status. */
  status: number;
  /** Its answer headers (e.g. `ETag`). */
  headers: Headers;
}> {
  const target = assertSecureUrl(url, 'signed upload URL');
  const info = await describeSource(source);
  const headers = new Headers(options.headers);
  const contentType = options.contentType ?? info.type;
  if (contentType) {
    headers.set('content-type', contentType);
  }
  const provider = options.provider ?? 'signed-url';
  const method = options.method ?? 'PUT';
  let response: { status: number; headers: Headers; text: string };
  try {
    if (typeof source === 'string') {
      const size = info.size ?? 0;
      const file = fileRangeBody({ path: source, start: 0, end: size });
      const sent = await sendReplayable(
        new Request(target, { method, headers, signal: options.signal }),
        options.onProgress ? reportingProgress(file, options.onProgress) : file,
        { maxAnswerBytes: 65_536 },
      );
      response = { status: sent.status, headers: sent.headers, text: sent.ok ? '' : await sent.text() };
    } else {
      const fetched = await (options.fetch ?? globalThis.fetch)(target, {
        method,
        headers,
        body: source as BodyInit,
        signal: options.signal,
        duplex: 'half',
      } as RequestInit);
      response = { status: fetched.status, headers: fetched.headers, text: fetched.ok ? '' : await fetched.text() };
      if (fetched.ok) {
        void fetched.body?.cancel().catch(() => {});
        options.onProgress?.({ loaded: info.size ?? 0, total: info.size });
      }
    }
  } catch (error) {
    if (ConduitError.isInstance(error)) {
      throw error;
    }
    throw classifyFetchError(error, options.signal?.aborted ? 'caller' : undefined, { method, host: target.host, timeoutMs: 0 }).error;
  }
  if (response.status < 200 || response.status >= 300) {
    throw createAPIError(`Upload to signed URL failed with ${response.status}`, {
      status: response.status,
      provider,
      headers: response.headers,
      body: parseBodyText(response.text),
      method,
      url: target.href,
    });
  }
  return { status: response.status, headers: response.headers };
}

/** The same bytes, calling `onProgress` as each piece is handed to the socket. */
function reportingProgress(body: ReplayableBody, onProgress: (progress: UploadProgress) => void): ReplayableBody {
  return {
    length: body.length,
    async *open() {
      let loaded = 0;
      for await (const piece of body.open()) {
        loaded += piece.byteLength;
        onProgress({ loaded, total: body.length });
        yield piece;
      }
    },
  };
}
