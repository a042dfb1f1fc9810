import { fileRangeBody, type ReplayableBody } from '@conduit/core';
import type { ApiVideoChunkRequest } from './apivideo-chunked-upload.js';

/** A multipart body built by hand, with its `Content-Type` (boundary included). */
export interface ChunkBody {
  body: Blob;
  contentType: string;
}

/** One chunk ready to send: a `Blob` (bytes in memory) or a streamed file range, and its `Content-Type`. */
export interface ChunkPayload {
  /** The body for fetch, when the chunk's bytes are in memory. */
  blob: Blob | undefined;
  /** The body for the transport to stream, when the chunk is a file range. */
  stream: ReplayableBody | undefined;
  contentType: string;
}

function quoted(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function boundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `----conduit-apivideo-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** The multipart text around the file's bytes: `videoId` (when given) and the `file` part's header, then the closing line. */
function chunkFraming(request: ApiVideoChunkRequest, videoId: string | null): { head: string; tail: string; contentType: string } {
  const marker = boundary();
  const field = videoId === null ? '' : `--${marker}\r\nContent-Disposition: form-data; name="videoId"\r\n\r\n${videoId}\r\n`;
  return {
    head: `${field}--${marker}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(request.fileName)}"\r\nContent-Type: ${request.contentType}\r\n\r\n`,
    tail: `\r\n--${marker}--\r\n`,
    contentType: `multipart/form-data; boundary=${marker}`,
  };
}

/**
 * The multipart body of one chunk held in memory: `videoId` (when given) and the bytes under
 * `file`. Built as a `Blob` with an explicit `Content-Type` rather than a `FormData`: with
 * `FormData` the runtime adds the content type itself, and header-recording fetch patches (msw's
 * interceptors) then lose the other request headers, `Content-Range` included, when the request
 * is copied for a retry.
 */
export function chunkBody(request: ApiVideoChunkRequest & { bytes: Uint8Array }, videoId: string | null): ChunkBody {
  const { head, tail, contentType } = chunkFraming(request, videoId);
  return { body: new Blob([head, request.bytes as Uint8Array<ArrayBuffer>, tail]), contentType };
}

/**
 * The chunk as the transport sends it: a file range becomes the same multipart body streamed
 * from disk on every attempt (a 16 MiB chunk never sits in memory); bytes become `chunkBody`.
 */
export function chunkPayload(request: ApiVideoChunkRequest, videoId: string | null): ChunkPayload {
  const { file, bytes } = request;
  if (file !== undefined) {
    const { head, tail, contentType } = chunkFraming(request, videoId);
    const encoder = new TextEncoder();
    const stream = fileRangeBody({ ...file, prefix: encoder.encode(head), suffix: encoder.encode(tail) });
    return { blob: undefined, stream, contentType };
  }
  const { body, contentType } = chunkBody({ ...request, bytes: bytes ?? new Uint8Array(0) }, videoId);
  return { blob: body, stream: undefined, contentType };
}
