import { checkEnum, checkObject } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf } from './apivideo-response.js';
import type { Tag } from './apivideo-types.js';

/** Filter and sorting of `tags.list`. */
export interface TagListQuery {
  /** Tags containing this text. */
  value?: string | undefined;
  /** Field to sort by. */
  sortBy?: 'value' | 'videoCount' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const pageKeys = ['value', 'sortBy', 'sortOrder', 'currentPage', 'pageSize'];

/** `client.tags`: the tags used in the project, with their video counts. */
export function createTagsNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (query?: TagListQuery & ApiVideoPageOptions, options?: ApiVideoRequestOptions): Promise<ApiVideoPage<Tag>> => {
    const label = 'tags.listPage';
    const params = checkObject(query, pageKeys, label) as TagListQuery & ApiVideoPageOptions;
    checkEnum(params.sortBy, ['value', 'videoCount'], 'sortBy', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/tags', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Iterates the project's tags (`GET /tags`). */
    list(query?: TagListQuery & ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<Tag, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'tags.list') as TagListQuery & ApiVideoIterateOptions;
      return iteratePages((paging) => listPage({ ...rest, ...paging }, options), { ...rest, maxItems }, options?.signal, 'tags.list');
    },
    /** One page of tags (`GET /tags`). */
    listPage,
  };
}

/** The `tags` namespace of an api.video client. */
export type ApiVideoTags = ReturnType<typeof createTagsNamespace>;
