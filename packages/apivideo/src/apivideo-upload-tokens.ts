import { ConfigurationError } from '@conduit/core';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import type { UploadToken } from './apivideo-types.js';

/** Sorting of `uploadTokens.list`. */
export interface UploadTokenListQuery {
  /** Field to sort by. */
  sortBy?: 'createdAt' | 'ttl' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const pageKeys = ['sortBy', 'sortOrder', 'currentPage', 'pageSize'];
const maxTtl = 2_147_483_647;

/** `client.uploadTokens`: delegated upload tokens for `uploadWithToken`. */
export function createUploadTokensNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (
    query?: UploadTokenListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<UploadToken>> => {
    const label = 'uploadTokens.listPage';
    const params = checkObject(query, pageKeys, label) as UploadTokenListQuery & ApiVideoPageOptions;
    checkEnum(params.sortBy, ['createdAt', 'ttl'], 'sortBy', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/upload-tokens', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Iterates the active upload tokens (`GET /upload-tokens`). */
    list(
      query?: UploadTokenListQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<UploadToken, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'uploadTokens.list') as UploadTokenListQuery &
        ApiVideoIterateOptions;
      return iteratePages(
        (paging) => listPage({ ...rest, ...paging }, options),
        { ...rest, maxItems },
        options?.signal,
        'uploadTokens.list',
      );
    },
    /** One page of upload tokens (`GET /upload-tokens`). */
    listPage,
    /** Creates a token; `ttl` in seconds, 0 (default) = never expires. Create tokens server-side only (`POST /upload-tokens`). */
    async create(payload: { ttl?: number | undefined } = {}, options?: ApiVideoRequestOptions): Promise<UploadToken> {
      const label = 'uploadTokens.create';
      const { ttl } = checkObject(payload, ['ttl'], label) as { ttl?: number };
      if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > maxTtl)) {
        throw new ConfigurationError(`${label}: ttl must be a whole number of seconds from 0 (never expires) to ${maxTtl}, got ${ttl}.`);
      }
      return bodyOf(api.POST('/upload-tokens', { body: { ttl: ttl ?? 0 }, fetch: callFetch(transport, options, label) }));
    },
    /** One upload token (`GET /upload-tokens/{uploadToken}`). */
    async get(uploadToken: string, options?: ApiVideoRequestOptions): Promise<UploadToken> {
      return bodyOf(
        api.GET('/upload-tokens/{uploadToken}', {
          params: { path: { uploadToken: requireId(uploadToken, 'uploadToken', 'uploadTokens.get') } },
          fetch: callFetch(transport, options, 'uploadTokens.get'),
        }),
      );
    },
    /** Revokes a token (`DELETE /upload-tokens/{uploadToken}`). */
    async delete(uploadToken: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/upload-tokens/{uploadToken}', {
          params: { path: { uploadToken: requireId(uploadToken, 'uploadToken', 'uploadTokens.delete') } },
          fetch: callFetch(transport, options, 'uploadTokens.delete'),
        }),
      );
    },
  };
}

/** The `uploadTokens` namespace of an api.video client. */
export type ApiVideoUploadTokens = ReturnType<typeof createUploadTokensNamespace>;
