import type { RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { checkEnum, checkObject } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
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

const queryKeys = ['value', 'sortBy', 'sortOrder', ...pagingKeys];

/** `client.tags`: the tags used in the project, with their video counts. */
export function createTagsNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    /** The project's tags (`GET /tags`): await for one page, or iterate every tag. */
    list(query?: TagListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'tags.list';
      return listCall<TagListQuery, ApiVideoPage<Tag>>(context, {
        label,
        operation: apiVideoOperations.listTags,
        options,
        check: () => {
          const given = splitPaging<TagListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.sortBy, ['value', 'videoCount'], 'sortBy', label);
          checkEnum(given.query.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/tags', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
  };
}

/** The `tags` namespace of an api.video client. */
export type ApiVideoTags = ReturnType<typeof createTagsNamespace>;
