import { type APIPromise, ConfigurationError, type RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
import type { UploadToken } from './apivideo-types.js';

/** Sorting of `uploadTokens.list`. */
export interface UploadTokenListQuery {
  /** Field to sort by. */
  sortBy?: 'createdAt' | 'ttl' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const queryKeys = ['sortBy', 'sortOrder', ...pagingKeys];
const maxTtl = 2_147_483_647;

/** `client.uploadTokens`: delegated upload tokens for `uploadWithToken`. */
export function createUploadTokensNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    /** The active upload tokens (`GET /upload-tokens`): await for one page, or iterate every token. */
    list(query?: UploadTokenListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'uploadTokens.list';
      return listCall<UploadTokenListQuery, ApiVideoPage<UploadToken>>(context, {
        label,
        operation: apiVideoOperations.listUploadTokens,
        options,
        check: () => {
          const given = splitPaging<UploadTokenListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.sortBy, ['createdAt', 'ttl'], 'sortBy', label);
          checkEnum(given.query.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/upload-tokens', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Creates a token; `ttl` in seconds, 0 (default) = never expires. Create tokens server-side only (`POST /upload-tokens`). */
    create(payload: { ttl?: number | undefined } = {}, options?: RequestOptions): APIPromise<UploadToken> {
      const label = 'uploadTokens.create';
      return jsonCall(context, label, options, (fetch) => {
        const { ttl } = checkObject(payload, ['ttl'], label) as { ttl?: number };
        if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > maxTtl)) {
          throw new ConfigurationError(`${label}: ttl must be a whole number of seconds from 0 (never expires) to ${maxTtl}, got ${ttl}.`);
        }
        return api.POST('/upload-tokens', { body: { ttl: ttl ?? 0 }, fetch });
      });
    },
    /** One upload token (`GET /upload-tokens/{uploadToken}`). */
    get(uploadToken: string, options?: RequestOptions): APIPromise<UploadToken> {
      return jsonCall(context, 'uploadTokens.get', options, (fetch) =>
        api.GET('/upload-tokens/{uploadToken}', {
          params: { path: { uploadToken: requireId(uploadToken, 'uploadToken', 'uploadTokens.get') } },
          fetch,
        }),
      );
    },
    /** Revokes a token (`DELETE /upload-tokens/{uploadToken}`). */
    delete(uploadToken: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'uploadTokens.delete', options, (fetch) =>
        api.DELETE('/upload-tokens/{uploadToken}', {
          params: { path: { uploadToken: requireId(uploadToken, 'uploadToken', 'uploadTokens.delete') } },
          fetch,
        }),
      );
    },
  };
}

/** The `uploadTokens` namespace of an api.video client. */
export type ApiVideoUploadTokens = ReturnType<typeof createUploadTokensNamespace>;
