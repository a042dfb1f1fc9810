import type { ApiVideoChunkRequest } from './apivideo-chunked-upload.js';

/** A multipart body built by hand, with its `Content-Type` (boundary included). */
export interface ChunkBody {
  body: Blob;
  contentType: string;
}

function quoted(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function boundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `----conduit-apivideo-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The multipart body of one chunk: `videoId` (when given) and the bytes under `file`. Built as a
 * `Blob` with an explicit `Content-Type` rather than a `FormData`: with `FormData` the runtime
 * adds the content type itself, and header-recording fetch patches (msw's interceptors) then
 * lose the other request headers, `Content-Range` included, when the request is copied for a retry.
 */
export function chunkBody(request: ApiVideoChunkRequest, videoId: string | null): ChunkBody {
  const marker = boundary();
  const parts: BlobPart[] = [];
  if (videoId !== null) {
    parts.push(`--${marker}\r\nContent-Disposition: form-data; name="videoId"\r\n\r\n${videoId}\r\n`);
  }
  parts.push(
    `--${marker}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(request.fileName)}"\r\nContent-Type: ${request.contentType}\r\n\r\n`,
    request.bytes as Uint8Array<ArrayBuffer>,
    `\r\n--${marker}--\r\n`,
  );
  return { body: new Blob(parts), contentType: `multipart/form-data; boundary=${marker}` };
}
