import type { APIPromise, RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, checkFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
import type { Watermark } from './apivideo-types.js';

/** Sorting of `watermarks.list`. */
export interface WatermarkListQuery {
  /** Field to sort by. */
  sortBy?: 'createdAt' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const queryKeys = ['sortBy', 'sortOrder', ...pagingKeys];

/** `client.watermarks`: images to burn into videos at creation (`watermark.id`). */
export function createWatermarksNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    /** Uploads a JPEG or PNG watermark image (`POST /watermarks`). */
    upload(image: ApiVideoFileInput, file?: ApiVideoFileOptions, options?: RequestOptions): APIPromise<Watermark> {
      const label = 'watermarks.upload';
      return jsonCall(context, label, options, async (fetch) => {
        const part = await readFilePart(image, ['image/jpeg', 'image/png'], { ...checkFileOptions(file, label), label });
        return api.POST('/watermarks', { body: multipart(fileForm(part)), fetch });
      });
    },
    /** Watermarks (`GET /watermarks`): await for one page, or iterate every watermark. */
    list(query?: WatermarkListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'watermarks.list';
      return listCall<WatermarkListQuery, ApiVideoPage<Watermark>>(context, {
        label,
        operation: apiVideoOperations.listWatermarks,
        options,
        check: () => {
          const given = splitPaging<WatermarkListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.sortBy, ['createdAt'], 'sortBy', label);
          checkEnum(given.query.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/watermarks', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Deletes a watermark (`DELETE /watermarks/{watermarkId}`). */
    delete(watermarkId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'watermarks.delete', options, (fetch) =>
        api.DELETE('/watermarks/{watermarkId}', {
          params: { path: { watermarkId: requireId(watermarkId, 'watermarkId', 'watermarks.delete') } },
          fetch,
        }),
      );
    },
  };
}

/** The `watermarks` namespace of an api.video client. */
export type ApiVideoWatermarks = ReturnType<typeof createWatermarksNamespace>;
