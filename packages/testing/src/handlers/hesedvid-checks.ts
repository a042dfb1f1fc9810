import type { components, operations } from '@conduit/specs/hesedvid';

type Schemas = components['schemas'];

/** A read value, or the reason it is refused (answered as 400 `invalid_request`). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The upload-url body reduced to what the mock uses, from either documented shape. */
export interface UploadUrlRequest {
  fileName: string;
  fileSize: number | undefined;
  contentType: Schemas['VideoContentType'];
  videoQuality: Schemas['VideoQuality'];
  allowPublicAccess: boolean;
  videoName: string | undefined;
}

const byExtension: Record<string, Schemas['VideoContentType']> = {
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
};

/**
 * Reads an upload-url body the kernel has validated against the spec's `anyOf`: the REST
 * reference shape (`filename`, `fileSize`, `contentType`) or the guide's video config (`fileName`, ...).
 */
export function checkUploadUrlRequest(body: Record<string, unknown>): Checked<UploadUrlRequest> {
  const fileName = String(typeof body.filename === 'string' && body.fileSize !== undefined ? body.filename : body.fileName);
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return {
    ok: true,
    value: {
      fileName,
      fileSize: body.fileSize as number | undefined,
      contentType: (body.contentType as Schemas['VideoContentType'] | undefined) ?? byExtension[extension] ?? 'video/mp4',
      videoQuality: (body.videoQuality as Schemas['VideoQuality'] | undefined) ?? 'standard',
      allowPublicAccess: (body.allowPublicAccess as boolean | undefined) ?? false,
      videoName: body.videoName as string | undefined,
    },
  };
}

/** Reads a share-link body (its fields and ranges are the spec's, checked by the kernel). */
export function checkShareLinkRequest(body: Record<string, unknown>): Checked<Schemas['ShareLinkRequest']> {
  return { ok: true, value: body as Schemas['ShareLinkRequest'] };
}

type ListQuery = NonNullable<operations['listVideos']['parameters']['query']>;

/** Reads the list query with the spec's defaults (its enums and ranges are checked by the kernel). */
export function checkListQuery(
  query: URLSearchParams,
): Checked<Required<Pick<ListQuery, 'page' | 'pageSize' | 'sortBy' | 'sortDir'>> & ListQuery> {
  const value = (name: string) => query.get(name) ?? undefined;
  return {
    ok: true,
    value: {
      page: Number(value('page') ?? 1),
      pageSize: Number(value('pageSize') ?? 20),
      sortBy: (value('sortBy') ?? 'created_at') as ListQuery['sortBy'] & string,
      sortDir: (value('sortDir') ?? 'desc') as 'asc' | 'desc',
      status: value('status') as ListQuery['status'],
      search: value('search'),
      from: value('from'),
      to: value('to'),
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
