import { type CallFetch, callPaged, type FetchResult, type PagePromise, pagingOf, type RequestOptions, readJson } from '@conduit/core';
import { hesedVidOperations } from '@conduit/specs/hesedvid';
import * as z from 'zod/mini';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer } from './hesedvid-envelope.js';
import { requireEnvironment } from './hesedvid-require-environment.js';
import type { HesedVidVideo, HesedVidVideoPage } from './hesedvid-types.js';
import {
  type HesedVidEnvironmentVideoFilters,
  type HesedVidVideoFilters,
  type HesedVidVideoQuery,
  parseVideoFilters,
} from './hesedvid-video-filters.js';

const videoListSchema = z.looseObject({
  videos: z.array(z.looseObject({ id: z.string(), status: z.string() })),
  pagination: z.looseObject({
    total: z.number(),
    page: z.number(),
    pageSize: z.optional(z.number()),
    totalPages: z.optional(z.number()),
  }),
});

/** What a list method needs once its filters are checked: the query, `maxItems` and how to send one page. */
interface PreparedList {
  query: HesedVidVideoQuery;
  maxItems: number | undefined;
  send: (query: HesedVidVideoQuery, fetch: CallFetch) => Promise<FetchResult>;
}

function readVideoPage(result: FetchResult, label: string, pageSize: number) {
  const page = readJson<HesedVidVideoPage>(result, hesedvidAnswer(label, videoListSchema));
  const { pagination, videos } = page;
  const size = pagination.pageSize ?? pageSize;
  const hasMore =
    pagination.totalPages !== undefined
      ? pagination.page < pagination.totalPages
      : pagination.page * size < pagination.total && videos.length > 0;
  return { page, items: videos, hasMore };
}

/**
 * A video list as a `PagePromise`: the paging style is the operation table's (`x-conduit-pagination`),
 * and bad filters reject it (awaited or iterated) before any request.
 */
function listPaged(
  context: HesedVidContext,
  label: string,
  operation: typeof hesedVidOperations.listVideos | typeof hesedVidOperations.listOrganizationVideos,
  prepare: () => PreparedList,
  options: RequestOptions | undefined,
): PagePromise<HesedVidVideoPage, HesedVidVideo> {
  let prepared: PreparedList;
  try {
    prepared = prepare();
  } catch (error) {
    return callPaged<HesedVidVideoPage, HesedVidVideo>(context.transport, {
      label,
      options,
      style: pagingOf(operation, 20),
      fetchPage: () => Promise.reject(error),
      readPage: (result) => readVideoPage(result, label, 20),
    });
  }
  const { query, maxItems, send } = prepared;
  return callPaged<HesedVidVideoPage, HesedVidVideo>(context.transport, {
    label,
    options,
    style: pagingOf(operation, query.pageSize, query.page),
    maxItems,
    fetchPage: (cursor, fetch) => send({ ...query, page: cursor.page, pageSize: cursor.size }, fetch),
    readPage: (result) => readVideoPage(result, label, query.pageSize),
  });
}

const environmentShape = { environment: z.optional(z.string('must be a string').check(z.minLength(1, 'must not be empty'))) };

/** `listVideos`: the environment's videos; await for the first page, `for await` for every video. */
export function listVideos(
  context: HesedVidContext,
  filters?: HesedVidEnvironmentVideoFilters,
  options?: RequestOptions,
): PagePromise<HesedVidVideoPage, HesedVidVideo> {
  const label = 'videos.list';
  return listPaged(
    context,
    label,
    hesedVidOperations.listVideos,
    () => {
      const { query, maxItems } = parseVideoFilters(filters, label, environmentShape);
      const envID = requireEnvironment(context, filters?.environment, label);
      return {
        query,
        maxItems,
        send: (pageQuery, fetch) =>
          context.api.GET('/{orgID}/environments/{envID}/videos', {
            params: { path: { orgID: context.orgId, envID }, query: pageQuery },
            fetch,
          }),
      };
    },
    options,
  );
}

/** `listOrganizationVideos`: every video across the organization; await for the first page, `for await` for every video. */
export function listOrganizationVideos(
  context: HesedVidContext,
  filters?: HesedVidVideoFilters,
  options?: RequestOptions,
): PagePromise<HesedVidVideoPage, HesedVidVideo> {
  const label = 'videos.listOrganization';
  return listPaged(
    context,
    label,
    hesedVidOperations.listOrganizationVideos,
    () => {
      const { query, maxItems } = parseVideoFilters(filters, label);
      return {
        query,
        maxItems,
        send: (pageQuery, fetch) =>
          context.api.GET('/{orgID}/videos', { params: { path: { orgID: context.orgId }, query: pageQuery }, fetch }),
      };
    },
    options,
  );
}
