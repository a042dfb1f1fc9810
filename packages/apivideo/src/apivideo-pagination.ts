import {
  type CallFetch,
  type CallOptions,
  ConfigurationError,
  callPaged,
  type FetchResult,
  type OperationEntry,
  type PagePromise,
  pagingOf,
  type RequestOptions,
  readJson,
} from '@conduit/core';
import * as z from 'zod/mini';
import { what } from './apivideo-call.js';
import type { ApiVideoContext } from './apivideo-context.js';
import type { Pagination } from './apivideo-types.js';

/** One page of a list as api.video answers it: the items under `data`, the counters under `pagination`. */
export interface ApiVideoPage<T> {
  /** The items on this page. */
  data: T[];
  /** Page counters and links as api.video reports them. */
  pagination: Pagination;
}

/**
 * Paging options of a `list*` call. Awaiting the call gives the page `currentPage`; iterating it
 * with `for await` gives every item from that page on, one request per page.
 */
export interface ApiVideoListOptions {
  /** Page to fetch (or to start iterating from), from 1 (default 1). */
  currentPage?: number | undefined;
  /** Items per page, 1 to 100 (default 25). */
  pageSize?: number | undefined;
  /** Stop iterating after this many items. */
  maxItems?: number | undefined;
}

/** The paging keys of a list query. */
export const pagingKeys: readonly string[] = ['currentPage', 'pageSize', 'maxItems'];

/** Checks `currentPage`, `pageSize` and `maxItems` before any request. */
export function checkPaging(paging: ApiVideoListOptions, label: string): void {
  const { currentPage, pageSize, maxItems } = paging;
  if (currentPage !== undefined && (!Number.isInteger(currentPage) || currentPage < 1)) {
    throw new ConfigurationError(`${label}: currentPage must be a whole number from 1, got ${currentPage}.`);
  }
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)) {
    throw new ConfigurationError(`${label}: pageSize must be a whole number from 1 to 100, got ${pageSize}.`);
  }
  if (maxItems !== undefined && (!Number.isInteger(maxItems) || maxItems < 0)) {
    throw new ConfigurationError(`${label}: maxItems must be a whole number, got ${maxItems}.`);
  }
}

/** Whether a page has a successor: `pagesTotal` when given, else a `next` link, else unknown. */
export function hasNextPage(pagination: Pagination | undefined): boolean | undefined {
  if (!pagination) {
    return undefined;
  }
  if (pagination.currentPage !== undefined && pagination.pagesTotal !== undefined) {
    return pagination.currentPage < pagination.pagesTotal;
  }
  const links = pagination.links ?? [];
  if (links.length > 0) {
    return links.some((link) => link.rel === 'next');
  }
  return undefined;
}

/** The fields the pager reads; everything else passes through untouched. */
const pageSchema = z.object({ data: z.array(z.unknown()) });

/** One list operation: its operation-table entry, its checked query, and how to send one page. */
export interface ApiVideoListCall<Query> {
  label: string;
  /** The operation's entry in the generated table: its `x-conduit-pagination` decides the paging style. */
  operation: OperationEntry;
  /** Checks the query (a throw becomes the rejection of the call) and splits off the paging options. */
  check: () => { query: Query; paging: ApiVideoListOptions };
  /** Sends the request for one page. */
  send: (query: Query, page: { currentPage: number; pageSize: number }, fetch: CallFetch) => Promise<FetchResult>;
  options: RequestOptions | undefined;
  defaults?: CallOptions | undefined;
}

/**
 * A paginated api.video list as a `PagePromise`: await it for the page `currentPage` (its `data`
 * and `pagination`, as the API answers), or iterate it for every item across pages, stopping at
 * `pagination.pagesTotal` (or the absence of a `next` link). Bad input rejects; nothing throws.
 */
export function listCall<Query, Page extends { data: readonly unknown[]; pagination?: Pagination | undefined }>(
  context: ApiVideoContext,
  call: ApiVideoListCall<Query>,
): PagePromise<Page, Page['data'][number]> {
  let checked: { query: Query; paging: ApiVideoListOptions } | undefined;
  let problem: unknown;
  try {
    checked = call.check();
    checkPaging(checked.paging, call.label);
  } catch (error) {
    problem = error;
    checked = undefined;
  }
  const paging = checked?.paging ?? {};
  return callPaged<Page, Page['data'][number]>(context.transport, {
    label: call.label,
    options: call.options,
    defaults: call.defaults,
    style: pagingOf(call.operation, paging.pageSize ?? 25, paging.currentPage ?? 1),
    maxItems: paging.maxItems,
    fetchPage: async (cursor, fetch) => {
      if (checked === undefined) {
        throw problem;
      }
      return call.send(checked.query, { currentPage: cursor.page, pageSize: cursor.size }, fetch);
    },
    readPage: (result) => {
      const page = readJson<Page>(result, { what: what(call.label), schema: pageSchema });
      return { page, items: page.data, hasMore: hasNextPage(page.pagination) };
    },
  });
}

/** Splits a checked list query into the API's filters and the paging options. */
export function splitPaging<Query>(given: Record<string, unknown>): { query: Query; paging: ApiVideoListOptions } {
  const { currentPage, pageSize, maxItems, ...query } = given as Record<string, unknown> & ApiVideoListOptions;
  return { query: query as Query, paging: { currentPage, pageSize, maxItems } };
}
