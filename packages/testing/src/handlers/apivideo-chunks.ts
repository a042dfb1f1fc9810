import { HttpResponse } from 'msw';

/** Base of every problem `type` URL. */
export const apivideoDocs = 'https://docs.api.video/reference/';

/** An api.video problem-details answer (`application/problem+json`); `name` also goes in `problems[]` for a 400. */
export function problem(status: number, slug: string, title: string, extra: Record<string, unknown> = {}): Response {
  const problems =
    status === 400 && typeof extra.name === 'string' ? { problems: [{ type: `${apivideoDocs}${slug}`, title, name: extra.name }] } : {};
  const body = { type: `${apivideoDocs}${slug}`, title, status, ...problems, ...extra };
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json' } });
}

/** A received byte range of a chunked upload. */
export interface ApiVideoMockRange {
  /** First byte offset of the range. */ from: number;
  /** Last byte offset of the range (inclusive). */ to: number;
}

/** A chunked (or one-request) upload into one video. */
export interface ApiVideoMockUpload {
  /** `bytes` or `part` (a session cannot mix them), `whole` for a one-request upload. */ style?: 'bytes' | 'part' | 'whole';
  /** Byte ranges received so far, in arrival order. */ ranges: ApiVideoMockRange[];
  /** Total size once a chunk declared it. */ total?: number;
  /** Bytes received, in order. */ parts: Uint8Array[];
  /** The final chunk (or the whole file) arrived. */ complete: boolean;
  /** File name sent with the upload, when any. */ fileName?: string;
}

const minChunk = 5 * 1_048_576;
const maxChunk = 200 * 1_048_576;
type Outcome = Response | 'stored' | 'replayed';
type Rule = [broken: boolean, slug: string, title: string];
type Chunk = Pick<ApiVideoMockUpload, 'style' | 'total'> & { from: number; bytes: Uint8Array; final: boolean };

/** The first broken rule as the API's `400` (its slug below `video-content-range-`), else the chunk stored. */
function check(upload: ApiVideoMockUpload, rules: Rule[], { from, bytes, final, style, total }: Chunk): Outcome {
  const rule = rules.find(([broken]) => broken);
  if (!rule) {
    upload.ranges.push({ from, to: from + bytes.byteLength - 1 });
    upload.parts.push(bytes);
    Object.assign(upload, { style, complete: final, total: final ? from + bytes.byteLength : (total ?? upload.total) });
  }
  return rule ? problem(400, `video-content-range-${rule[1]}`, rule[2], { name: 'Content-Range' }) : 'stored';
}

/**
 * Adds one request's bytes to an upload by api.video's `Content-Range` rules: contiguous chunks (a gap or an overlap is a `400`),
 * each but the last >= 5 MiB, <= 200 MiB, one style per session, a stable total; an identical resend of the last chunk is a replay.
 */
export function acceptChunk(upload: ApiVideoMockUpload, contentRange: string | null, bytes: Uint8Array): Outcome {
  if (upload.complete) {
    return problem(400, 'video-source-already-uploaded', 'The source of the video is already uploaded.', { name: 'file' });
  }
  const [, first, last, total = '*'] = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange?.trim() ?? '') ?? [];
  const [, part, parts = '*'] = /^part (\d+)\/(\d+|\*)$/.exec(contentRange?.trim() ?? '') ?? [];
  const from = Number(first);
  const to = Number(last);
  const declared = Number(total);
  const next = nextByte(upload);
  const sent = upload.ranges.length;
  const size = to - from + 1;
  if (contentRange === null) {
    const rules: Rule[] = [[upload.style !== undefined, 'already-initiated', 'This source was started with a "Content-Range" upload.']];
    return bytes.byteLength > maxChunk
      ? problem(400, 'uploaded-file-too-large', 'The uploaded file is too large.', { name: 'file' })
      : check(upload, rules, { from: 0, bytes, final: true, style: 'whole' });
  }
  if (first !== undefined) {
    const replayed = upload.ranges.at(-1)?.from === from && upload.ranges.at(-1)?.to === to && size === bytes.byteLength;
    const final = total !== '*' && to + 1 === declared;
    const rules: Rule[] = [
      [upload.style === 'part', 'started-with-part', 'This upload was started with "part", you cannot continue it with "bytes".'],
      [to < from, 'malformed', 'The value of the "Content-Range" header is malformed.'],
      [size !== bytes.byteLength, 'by-bytes-range-mismatch', 'The range does not match the size of the uploaded chunk.'],
      [size > maxChunk, 'by-bytes-range-too-large', 'The range is too large.'],
      [total === '0', 'by-bytes-total-bytes-zero', 'The total size cannot be zero.'],
      [total !== '*' && to >= declared, 'by-bytes-to-byte-too-high-total', 'The last byte of the range is beyond the total size.'],
      [total !== '*' && (upload.total ?? declared) !== declared, 'by-bytes-different-total-bytes', 'The total size differs.'],
      [from > next, 'by-bytes-from-byte-too-high', 'The first byte of the range leaves a gap.'],
      [from < next, 'by-bytes-range-overlap', 'The range overlaps bytes already received.'],
      [!final && size < minChunk, 'by-bytes-range-too-small', 'The range is too small.'],
    ];
    const chunk: Chunk = { from, bytes, final, style: 'bytes', total: total === '*' ? undefined : declared };
    return replayed ? 'replayed' : check(upload, rules, chunk);
  }
  const number = Number(part);
  const count = Number(parts);
  const final = parts !== '*' && number === count;
  const rules: Rule[] = [
    [part === undefined, 'malformed', 'The value of the "Content-Range" header is malformed.'],
    [upload.style === 'bytes', 'started-with-bytes', 'This upload was started with "bytes", you cannot continue it with "part".'],
    [number === 0, 'by-part-part-zero', 'The part number cannot be zero.'],
    [number <= sent, 'by-part-part-already-sent', 'This part has already been sent.'],
    [number > sent + 1 || (parts !== '*' && number > count), 'by-part-part-too-high-total', 'The part number is too high.'],
    [!final && bytes.byteLength < minChunk, 'by-part-uploaded-file-too-small', 'The part is too small.'],
  ];
  const replayed = upload.style === 'part' && number === sent && upload.parts.at(-1)?.byteLength === bytes.byteLength;
  return replayed ? 'replayed' : check(upload, rules, { from: next, bytes, final, style: 'part' });
}

/** Where the next chunk of an upload must start. */
export function nextByte(upload: ApiVideoMockUpload): number {
  return (upload.ranges.at(-1)?.to ?? -1) + 1;
}

/** The assembled bytes of an upload. */
export function assembled(upload: ApiVideoMockUpload): Uint8Array {
  const output = new Uint8Array(upload.parts.reduce((sum, part) => sum + part.byteLength, 0));
  upload.parts.reduce((offset, part) => output.set(part, offset) ?? offset + part.byteLength, 0);
  return output;
}
