import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import type { Watermark } from './apivideo-types.js';

/** Sorting of `watermarks.list`. */
export interface WatermarkListQuery {
  /** Field to sort by. */
  sortBy?: 'createdAt' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const pageKeys = ['sortBy', 'sortOrder', 'currentPage', 'pageSize'];

/** `client.watermarks`: images to burn into videos at creation (`watermark.id`). */
export function createWatermarksNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (
    query?: WatermarkListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<Watermark>> => {
    const label = 'watermarks.listPage';
    const params = checkObject(query, pageKeys, label) as WatermarkListQuery & ApiVideoPageOptions;
    checkEnum(params.sortBy, ['createdAt'], 'sortBy', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/watermarks', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Uploads a JPEG or PNG watermark image (`POST /watermarks`). */
    async upload(image: ApiVideoFileInput, options?: ApiVideoFileOptions & ApiVideoRequestOptions): Promise<Watermark> {
      const label = 'watermarks.upload';
      const { fileName, ...request } = options ?? {};
      const part = await readFilePart(image, ['image/jpeg', 'image/png'], { fileName, label });
      return bodyOf(api.POST('/watermarks', { body: multipart(fileForm(part)), fetch: callFetch(transport, request, label) }));
    },
    /** Iterates watermarks (`GET /watermarks`). */
    list(
      query?: WatermarkListQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<Watermark, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'watermarks.list') as WatermarkListQuery &
        ApiVideoIterateOptions;
      return iteratePages((paging) => listPage({ ...rest, ...paging }, options), { ...rest, maxItems }, options?.signal, 'watermarks.list');
    },
    /** One page of watermarks (`GET /watermarks`). */
    listPage,
    /** Deletes a watermark (`DELETE /watermarks/{watermarkId}`). */
    async delete(watermarkId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/watermarks/{watermarkId}', {
          params: { path: { watermarkId: requireId(watermarkId, 'watermarkId', 'watermarks.delete') } },
          fetch: callFetch(transport, options, 'watermarks.delete'),
        }),
      );
    },
  };
}

/** The `watermarks` namespace of an api.video client. */
export type ApiVideoWatermarks = ReturnType<typeof createWatermarksNamespace>;
