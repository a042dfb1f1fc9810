import type { components, operations } from '@conduit/specs/hesedvid';

type Schemas = components['schemas'];

/** A validated value, or the reason it is refused (answered as 400 `invalid_request`). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const contentTypes: readonly string[] = ['video/mp4', 'video/quicktime', 'video/x-msvideo', 'video/webm', 'video/x-matroska'];
const qualities: readonly string[] = ['standard', 'high', 'ultra'];
const edgeLengths: readonly number[] = [480, 720, 1080, 1440, 2160];
const maxFileSize = 5_368_709_120;

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The upload-url body reduced to what the mock uses, from either documented shape. */
export interface UploadUrlRequest {
  fileName: string;
  fileSize: number | undefined;
  contentType: Schemas['VideoContentType'];
  videoQuality: Schemas['VideoQuality'];
  allowPublicAccess: boolean;
  videoName: string | undefined;
}

function checkVideoConfigFields(body: Record<string, unknown>): string | undefined {
  if (body.videoQuality !== undefined && !qualities.includes(body.videoQuality as string)) {
    return 'videoQuality must be one of standard, high, ultra';
  }
  if (body.allowPublicAccess !== undefined && typeof body.allowPublicAccess !== 'boolean') {
    return 'allowPublicAccess must be a boolean';
  }
  if (body.maxEdgeLength !== undefined && !edgeLengths.includes(body.maxEdgeLength as number)) {
    return 'maxEdgeLength must be one of 480, 720, 1080, 1440, 2160';
  }
  if (body.maxFrameRate !== undefined && !(isWhole(body.maxFrameRate) && body.maxFrameRate >= 1)) {
    return 'maxFrameRate must be a positive integer';
  }
  if (body.EncodingMode !== undefined && body.EncodingMode !== 'fast' && body.EncodingMode !== 'slow') {
    return 'EncodingMode must be fast or slow';
  }
  if (body.audioCodec !== undefined && !['aac', 'mp3', 'ac3', 'eac3'].includes(body.audioCodec as string)) {
    return 'audioCodec must be one of aac, mp3, ac3, eac3';
  }
  if (body.videoName !== undefined && typeof body.videoName !== 'string') {
    return 'videoName must be a string';
  }
  return undefined;
}

function contentTypeOf(fileName: string): Schemas['VideoContentType'] {
  const extension = fileName.split('.').pop()?.toLowerCase();
  const byExtension: Record<string, Schemas['VideoContentType']> = {
    mov: 'video/quicktime',
    avi: 'video/x-msvideo',
    webm: 'video/webm',
    mkv: 'video/x-matroska',
  };
  return (extension && byExtension[extension]) || 'video/mp4';
}

/**
 * Checks an upload-url body against the spec's `anyOf`: the REST reference shape
 * (`filename`*, `fileSize`*, `contentType`) or the guide's video config (`fileName`*,
 * `videoQuality`*, `allowPublicAccess`*, ...). Fields of the other shape, when present, must be valid too.
 */
export function checkUploadUrlRequest(body: Record<string, unknown>): Checked<UploadUrlRequest> {
  const configProblem = checkVideoConfigFields(body);
  if (configProblem) {
    return { ok: false, problem: configProblem };
  }
  if (body.contentType !== undefined && !contentTypes.includes(body.contentType as string)) {
    return { ok: false, problem: `contentType must be one of ${contentTypes.join(', ')}` };
  }
  if (body.fileSize !== undefined && !(isWhole(body.fileSize) && body.fileSize >= 1 && body.fileSize <= maxFileSize)) {
    return { ok: false, problem: `fileSize must be an integer from 1 to ${maxFileSize}` };
  }
  const reference = isText(body.filename) && body.fileSize !== undefined;
  const guide = isText(body.fileName) && body.videoQuality !== undefined && body.allowPublicAccess !== undefined;
  if (!reference && !guide) {
    return {
      ok: false,
      problem: 'send either {filename, fileSize, contentType?} or {fileName, videoQuality, allowPublicAccess, ...}',
    };
  }
  const fileName = (reference ? body.filename : body.fileName) as string;
  return {
    ok: true,
    value: {
      fileName,
      fileSize: body.fileSize as number | undefined,
      contentType: (body.contentType as Schemas['VideoContentType'] | undefined) ?? contentTypeOf(fileName),
      videoQuality: (body.videoQuality as Schemas['VideoQuality'] | undefined) ?? 'standard',
      allowPublicAccess: (body.allowPublicAccess as boolean | undefined) ?? false,
      videoName: body.videoName as string | undefined,
    },
  };
}

/** Checks a share-link body: `expirationHours` 1-168, `maxViews` 1-1000, `viewerEmail` an email; no other fields. */
export function checkShareLinkRequest(body: Record<string, unknown>): Checked<Schemas['ShareLinkRequest']> {
  const unknown = Object.keys(body).find((key) => !['expirationHours', 'maxViews', 'viewerEmail'].includes(key));
  if (unknown !== undefined) {
    return { ok: false, problem: `unknown field ${unknown}` };
  }
  const { expirationHours, maxViews, viewerEmail } = body;
  if (expirationHours !== undefined && !(isWhole(expirationHours) && expirationHours >= 1 && expirationHours <= 168)) {
    return { ok: false, problem: 'expirationHours must be an integer from 1 to 168' };
  }
  if (maxViews !== undefined && !(isWhole(maxViews) && maxViews >= 1 && maxViews <= 1000)) {
    return { ok: false, problem: 'maxViews must be an integer from 1 to 1000' };
  }
  if (viewerEmail !== undefined && !(typeof viewerEmail === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(viewerEmail))) {
    return { ok: false, problem: 'viewerEmail must be an email address' };
  }
  return { ok: true, value: { expirationHours, maxViews, viewerEmail } as Schemas['ShareLinkRequest'] };
}

type ListQuery = NonNullable<operations['listVideos']['parameters']['query']>;

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Checks the list query: `page` >= 1, `pageSize` 1-100, the sort/status enums, a non-empty `search`, `YYYY-MM-DD` dates. */
export function checkListQuery(
  query: URLSearchParams,
): Checked<Required<Pick<ListQuery, 'page' | 'pageSize' | 'sortBy' | 'sortDir'>> & ListQuery> {
  const integer = (name: string, fallback: number, min: number, max: number): number | string => {
    const raw = query.get(name);
    if (raw === null) {
      return fallback;
    }
    const value = Number(raw);
    return /^\d+$/.test(raw) && value >= min && value <= max ? value : `${name} must be an integer from ${min} to ${max}`;
  };
  const page = integer('page', 1, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = integer('pageSize', 20, 1, 100);
  if (typeof page === 'string' || typeof pageSize === 'string') {
    return { ok: false, problem: typeof page === 'string' ? page : (pageSize as string) };
  }
  const sortBy = query.get('sortBy') ?? 'created_at';
  const sortDir = query.get('sortDir') ?? 'desc';
  const status = query.get('status') ?? undefined;
  const search = query.get('search') ?? undefined;
  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  if (!['created_at', 'name', 'duration', 'status'].includes(sortBy)) {
    return { ok: false, problem: 'sortBy must be one of created_at, name, duration, status' };
  }
  if (sortDir !== 'asc' && sortDir !== 'desc') {
    return { ok: false, problem: 'sortDir must be asc or desc' };
  }
  if (status !== undefined && !['transcoding', 'ready', 'failed'].includes(status)) {
    return { ok: false, problem: 'status must be one of transcoding, ready, failed' };
  }
  if (search === '') {
    return { ok: false, problem: 'search must not be empty' };
  }
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) {
      return { ok: false, problem: `${name} must be a date written YYYY-MM-DD` };
    }
  }
  return {
    ok: true,
    value: {
      page,
      pageSize,
      sortBy: sortBy as ListQuery['sortBy'] & string,
      sortDir,
      status: status as ListQuery['status'],
      search,
      from,
      to,
    },
  };
}

/** Parses `expiration` (`15m`, `4h`; 1 minute to 24 hours) into milliseconds, default 1 hour. */
export function checkExpiration(value: string | null): Checked<number> {
  if (value === null) {
    return { ok: true, value: 3_600_000 };
  }
  const match = /^([1-9][0-9]*)([mh])$/.exec(value);
  const ms = match ? Number(match[1]) * (match[2] === 'h' ? 3_600_000 : 60_000) : Number.NaN;
  if (!(ms >= 60_000 && ms <= 86_400_000)) {
    return { ok: false, problem: 'expiration must look like 15m or 4h, from 1 minute to 24 hours' };
  }
  return { ok: true, value: ms };
}
