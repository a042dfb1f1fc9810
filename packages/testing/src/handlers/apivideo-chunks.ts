import { invalid, problem } from './apivideo-http.js';
import type { ApiVideoMockUpload } from './apivideo-state.js';

const minChunk = 5 * 1_048_576;
const maxChunk = 200 * 1_048_576;
const bytesPattern = /^bytes (\d+)-(\d+)\/(\d+|\*)$/;
const partPattern = /^part (\d+)\/(\d+|\*)$/;

const rangeError = (slug: string, title: string, detail?: string) =>
  problem(400, slug, title, { name: 'Content-Range', ...(detail === undefined ? {} : { detail }) });

function store(upload: ApiVideoMockUpload, from: number, bytes: Uint8Array, final: boolean): void {
  upload.ranges.push({ from, to: from + bytes.byteLength - 1 });
  upload.parts.push(bytes);
  if (final) {
    upload.complete = true;
    upload.total = from + bytes.byteLength;
  }
}

function acceptBytes(upload: ApiVideoMockUpload, match: RegExpExecArray, bytes: Uint8Array): Response | 'stored' | 'replayed' {
  if (upload.style === 'part') {
    return rangeError(
      'video-content-range-started-with-part',
      'This "Content-Range" upload has been started with "part", you cannot continue it with "bytes".',
    );
  }
  const from = Number(match[1]);
  const to = Number(match[2]);
  const total = match[3] === '*' ? undefined : Number(match[3]);
  const size = to - from + 1;
  if (to < from) {
    return rangeError('video-content-range-malformed', 'The value of the "Content-Range" header is malformed.');
  }
  if (size !== bytes.byteLength) {
    return rangeError(
      'video-content-range-by-bytes-range-mismatch',
      'The range does not match the size of the uploaded chunk.',
      `The range covers ${size} bytes, the file part has ${bytes.byteLength}.`,
    );
  }
  if (size > maxChunk) {
    return rangeError(
      'video-content-range-by-bytes-range-too-large',
      'The range is too large.',
      `A chunk may be at most ${maxChunk} bytes.`,
    );
  }
  if (total === 0) {
    return rangeError('video-content-range-by-bytes-total-bytes-zero', 'The total size cannot be zero.');
  }
  if (total !== undefined && to >= total) {
    return rangeError('video-content-range-by-bytes-to-byte-too-high-total', 'The last byte of the range is beyond the total size.');
  }
  if (upload.total !== undefined && total !== undefined && total !== upload.total) {
    return rangeError('video-content-range-by-bytes-different-total-bytes', 'The total size differs from the one of the previous chunks.');
  }
  const last = upload.ranges.at(-1);
  if (last && last.from === from && last.to === to) {
    return 'replayed';
  }
  const expected = last ? last.to + 1 : 0;
  if (from > expected) {
    return rangeError(
      'video-content-range-by-bytes-from-byte-too-high',
      'The first byte of the range leaves a gap.',
      `Expected the next chunk to start at byte ${expected}.`,
    );
  }
  if (from < expected) {
    return rangeError(
      'video-content-range-by-bytes-range-overlap',
      'The range overlaps bytes already received.',
      `Expected the next chunk to start at byte ${expected}.`,
    );
  }
  const final = total !== undefined && to + 1 === total;
  if (!final && size < minChunk) {
    return rangeError(
      'video-content-range-by-bytes-range-too-small',
      'The range is too small.',
      `Every chunk but the last must be at least ${minChunk} bytes.`,
    );
  }
  upload.style = 'bytes';
  if (total !== undefined) {
    upload.total = total;
  }
  store(upload, from, bytes, final);
  return 'stored';
}

function acceptPart(upload: ApiVideoMockUpload, match: RegExpExecArray, bytes: Uint8Array): Response | 'stored' | 'replayed' {
  if (upload.style === 'bytes') {
    return rangeError(
      'video-content-range-started-with-bytes',
      'This "Content-Range" upload has been started with "bytes", you cannot continue it with "part".',
    );
  }
  const part = Number(match[1]);
  const totalParts = match[2] === '*' ? undefined : Number(match[2]);
  if (part === 0) {
    return rangeError('video-content-range-by-part-part-zero', 'The part number cannot be zero.');
  }
  if (part === upload.ranges.length && upload.parts.at(-1)?.byteLength === bytes.byteLength) {
    return 'replayed';
  }
  if (part <= upload.ranges.length) {
    return rangeError('video-content-range-by-part-part-already-sent', 'This part has already been sent.');
  }
  if (part > upload.ranges.length + 1 || (totalParts !== undefined && part > totalParts)) {
    return rangeError(
      'video-content-range-by-part-part-too-high-total',
      'The part number is too high.',
      `Expected part ${upload.ranges.length + 1}.`,
    );
  }
  const final = totalParts !== undefined && part === totalParts;
  if (!final && bytes.byteLength < minChunk) {
    return rangeError(
      'video-content-range-by-part-uploaded-file-too-small',
      'The part is too small.',
      `Every part but the last must be at least ${minChunk} bytes.`,
    );
  }
  upload.style = 'part';
  const from = upload.ranges.at(-1) ? upload.ranges.at(-1)!.to + 1 : 0;
  store(upload, from, bytes, final);
  return 'stored';
}

/**
 * Adds one request's bytes to an upload following api.video's `Content-Range` rules: chunks must
 * be contiguous (a gap or an overlap is a `400`), every chunk but the last >= 5 MiB, <= 200 MiB,
 * one style per session, a stable total. An identical resend of the last chunk is accepted as a replay.
 */
export function acceptChunk(upload: ApiVideoMockUpload, contentRange: string | null, bytes: Uint8Array): Response | 'stored' | 'replayed' {
  if (upload.complete) {
    return invalid('video-source-already-uploaded', 'The source of the video is already uploaded.', 'file');
  }
  if (contentRange === null) {
    if (upload.style !== undefined) {
      return rangeError(
        'video-content-range-already-initiated',
        'This video source has already been initiated with a "Content-Range" upload.',
      );
    }
    if (bytes.byteLength > maxChunk) {
      return invalid('uploaded-file-too-large', 'The uploaded file is too large.', 'file');
    }
    upload.style = 'whole';
    store(upload, 0, bytes, true);
    return 'stored';
  }
  const value = contentRange.trim();
  const bytesMatch = bytesPattern.exec(value);
  if (bytesMatch) {
    return acceptBytes(upload, bytesMatch, bytes);
  }
  const partMatch = partPattern.exec(value);
  if (partMatch) {
    return acceptPart(upload, partMatch, bytes);
  }
  return rangeError(
    'video-content-range-malformed',
    'The value of the "Content-Range" header is malformed, the expected format is "bytes <from_byte>-<to_byte>/<total_bytes>" or "part <part>/<total_parts>".',
  );
}

/** Where the next chunk of an upload must start (for messages and tests). */
export function nextByte(upload: ApiVideoMockUpload): number {
  return upload.ranges.at(-1) ? upload.ranges.at(-1)!.to + 1 : 0;
}

/** The assembled bytes of an upload. */
export function assembled(upload: ApiVideoMockUpload): Uint8Array {
  const total = upload.parts.reduce((sum, part) => sum + part.byteLength, 0);
  const output = new Uint8Array(total);
  let offset = 0;
  for (const part of upload.parts) {
    output.set(part, offset);
    offset += part.byteLength;
  }
  return output;
}
