import type { components } from '@conduit/specs/apivideo';
import { HttpResponse } from 'msw';

/** Base of every problem `type` URL. */
export const apivideoDocs = 'https://docs.api.video/reference/';

/** An api.video problem-details answer (`application/problem+json`). */
export function problem(status: number, slug: string, title: string, extra: Record<string, unknown> = {}): Response {
  const body: components['schemas']['ProblemDetails'] = { type: `${apivideoDocs}${slug}`, title, status, ...extra };
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json' } });
}

/** A `400` naming one failing attribute, also in `problems[]`, as the API does. */
export function invalid(slug: string, title: string, name: string, extra: Record<string, unknown> = {}): Response {
  return problem(400, slug, title, { name, problems: [{ type: `${apivideoDocs}${slug}`, title, name }], ...extra });
}

/** A received byte range of a chunked upload. */
export interface ApiVideoMockRange {
  /** First byte offset of the range. */
  from: number;
  /** Last byte offset of the range (inclusive). */
  to: number;
}

/** A chunked (or one-request) upload into one video. */
export interface ApiVideoMockUpload {
  /** `bytes` or `part` (a session cannot mix them), `whole` for a one-request upload. */
  style: 'bytes' | 'part' | 'whole' | undefined;
  /** Byte ranges received so far, in arrival order. */
  ranges: ApiVideoMockRange[];
  /** Total size once a chunk declared it. */
  total: number | undefined;
  /** Bytes received, in order. */
  parts: Uint8Array[];
  /** The final chunk (or the whole file) arrived. */
  complete: boolean;
  /** File name sent with the upload, when any. */
  fileName: string | undefined;
}

const MiB = 1_048_576;
const minChunk = 5 * MiB;
const maxChunk = 200 * MiB;
type Outcome = Response | 'stored' | 'replayed';

/** The first broken rule as the API's `400` (slugs are below `video-content-range-`). */
function firstBroken(rules: Array<[broken: boolean, slug: string, title: string]>): Response | undefined {
  const rule = rules.find(([broken]) => broken);
  return rule && problem(400, `video-content-range-${rule[1]}`, rule[2], { name: 'Content-Range' });
}

function store(
  upload: ApiVideoMockUpload,
  style: ApiVideoMockUpload['style'],
  from: number,
  bytes: Uint8Array,
  final: boolean,
  total?: number,
): Outcome {
  upload.style = style;
  upload.ranges.push({ from, to: from + bytes.byteLength - 1 });
  upload.parts.push(bytes);
  upload.complete = final;
  upload.total = final ? from + bytes.byteLength : (total ?? upload.total);
  return 'stored';
}

function acceptBytes(upload: ApiVideoMockUpload, [, first, last, declared]: RegExpExecArray, bytes: Uint8Array): Outcome {
  const [from, to, total] = [Number(first), Number(last), declared === '*' ? undefined : Number(declared)];
  const size = to - from + 1;
  const previous = upload.ranges.at(-1);
  if (previous?.from === from && previous.to === to && size === bytes.byteLength) {
    return 'replayed';
  }
  const expected = nextByte(upload);
  const final = total !== undefined && to + 1 === total;
  const known = upload.total;
  return (
    firstBroken([
      [
        upload.style === 'part',
        'started-with-part',
        'This "Content-Range" upload has been started with "part", you cannot continue it with "bytes".',
      ],
      [to < from, 'malformed', 'The value of the "Content-Range" header is malformed.'],
      [size !== bytes.byteLength, 'by-bytes-range-mismatch', 'The range does not match the size of the uploaded chunk.'],
      [size > maxChunk, 'by-bytes-range-too-large', 'The range is too large.'],
      [total === 0, 'by-bytes-total-bytes-zero', 'The total size cannot be zero.'],
      [total !== undefined && to >= total, 'by-bytes-to-byte-too-high-total', 'The last byte of the range is beyond the total size.'],
      [known !== undefined && total !== undefined && total !== known, 'by-bytes-different-total-bytes', 'The total size differs.'],
      [from > expected, 'by-bytes-from-byte-too-high', 'The first byte of the range leaves a gap.'],
      [from < expected, 'by-bytes-range-overlap', 'The range overlaps bytes already received.'],
      [!final && size < minChunk, 'by-bytes-range-too-small', 'The range is too small.'],
    ]) ?? store(upload, 'bytes', from, bytes, final, total)
  );
}

function acceptPart(upload: ApiVideoMockUpload, [, number, declared]: RegExpExecArray, bytes: Uint8Array): Outcome {
  const [part, parts, sent] = [Number(number), declared === '*' ? undefined : Number(declared), upload.ranges.length];
  if (upload.style === 'part' && part === sent && upload.parts.at(-1)?.byteLength === bytes.byteLength) {
    return 'replayed';
  }
  const final = parts !== undefined && part === parts;
  return (
    firstBroken([
      [
        upload.style === 'bytes',
        'started-with-bytes',
        'This "Content-Range" upload has been started with "bytes", you cannot continue it with "part".',
      ],
      [part === 0, 'by-part-part-zero', 'The part number cannot be zero.'],
      [part <= sent, 'by-part-part-already-sent', 'This part has already been sent.'],
      [part > sent + 1 || (parts !== undefined && part > parts), 'by-part-part-too-high-total', 'The part number is too high.'],
      [!final && bytes.byteLength < minChunk, 'by-part-uploaded-file-too-small', 'The part is too small.'],
    ]) ?? store(upload, 'part', nextByte(upload), bytes, final)
  );
}

/**
 * Adds one request's bytes to an upload following api.video's `Content-Range` rules: chunks must
 * be contiguous (a gap or an overlap is a `400`), every chunk but the last >= 5 MiB, <= 200 MiB,
 * one style per session, a stable total. An identical resend of the last chunk is accepted as a replay.
 */
export function acceptChunk(upload: ApiVideoMockUpload, contentRange: string | null, bytes: Uint8Array): Outcome {
  if (upload.complete) {
    return invalid('video-source-already-uploaded', 'The source of the video is already uploaded.', 'file');
  }
  if (contentRange === null) {
    if (bytes.byteLength > maxChunk) {
      return invalid('uploaded-file-too-large', 'The uploaded file is too large.', 'file');
    }
    return (
      firstBroken([
        [upload.style !== undefined, 'already-initiated', 'This video source has already been initiated with a "Content-Range".'],
      ]) ?? store(upload, 'whole', 0, bytes, true)
    );
  }
  const byBytes = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange.trim());
  const byPart = /^part (\d+)\/(\d+|\*)$/.exec(contentRange.trim());
  if (byBytes) {
    return acceptBytes(upload, byBytes, bytes);
  }
  return byPart
    ? acceptPart(upload, byPart, bytes)
    : (firstBroken([[true, 'malformed', 'The value of the "Content-Range" header is malformed.']]) as Response);
}

/** Where the next chunk of an upload must start. */
export function nextByte(upload: ApiVideoMockUpload): number {
  return (upload.ranges.at(-1)?.to ?? -1) + 1;
}

/** The assembled bytes of an upload. */
export function assembled(upload: ApiVideoMockUpload): Uint8Array {
  const output = new Uint8Array(upload.parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of upload.parts) {
    output.set(part, offset);
    offset += part.byteLength;
  }
  return output;
}
