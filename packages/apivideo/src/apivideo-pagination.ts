import { ConfigurationError, paginate } from '@conduit/core';
import type { Pagination } from './apivideo-types.js';

/** One page of a list, with its paging information. */
export interface ApiVideoPage<T> {
  /** The items on this page. */
  data: T[];
  /** Page counters and links as api.video reports them. */
  pagination: Pagination;
}

/** Paging options of a `list*Page` call. */
export interface ApiVideoPageOptions {
  /** Page to fetch, from 1 (default 1). */
  currentPage?: number | undefined;
  /** Items per page, 1 to 100 (default 25). */
  pageSize?: number | undefined;
}

/** Paging options of an iterating `list*` call. */
export interface ApiVideoIterateOptions {
  /** Page to start from (default 1). */
  currentPage?: number | undefined;
  /** Items fetched per request, 1 to 100 (default 25). */
  pageSize?: number | undefined;
  /** Stop after this many items. */
  maxItems?: number | undefined;
}

/** Checks `currentPage` and `pageSize` before any request. */
export function checkPaging(paging: ApiVideoPageOptions, label: string): void {
  const { currentPage, pageSize } = paging;
  if (currentPage !== undefined && (!Number.isInteger(currentPage) || currentPage < 1)) {
    throw new ConfigurationError(`${label}: currentPage must be a whole number from 1, got ${currentPage}.`);
  }
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)) {
    throw new ConfigurationError(`${label}: pageSize must be a whole number from 1 to 100, got ${pageSize}.`);
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
  if (pagination.links.length > 0) {
    return pagination.links.some((link) => link.rel === 'next');
  }
  return undefined;
}

/**
 * Iterates every item of a paginated api.video list, one page request at a time, stopping at
 * `pagination.pagesTotal` (or the absence of a `next` link).
 */
export function iteratePages<T>(
  fetchPage: (paging: { currentPage: number; pageSize: number }, signal: AbortSignal | undefined) => Promise<ApiVideoPage<T>>,
  paging: ApiVideoIterateOptions,
  signal: AbortSignal | undefined,
  label: string,
): AsyncGenerator<T, void, undefined> {
  checkPaging(paging, label);
  if (paging.maxItems !== undefined && (!Number.isInteger(paging.maxItems) || paging.maxItems < 0)) {
    throw new ConfigurationError(`${label}: maxItems must be a whole number, got ${paging.maxItems}.`);
  }
  const pageSize = paging.pageSize ?? 25;
  return paginate(
    async (cursor) => {
      const page = await fetchPage({ currentPage: cursor.page, pageSize: cursor.size }, signal);
      return { items: page.data, hasMore: hasNextPage(page.pagination) };
    },
    { kind: 'page', firstPage: paging.currentPage ?? 1, pageSize },
    { ...(paging.maxItems === undefined ? {} : { maxItems: paging.maxItems }), ...(signal ? { signal } : {}) },
  );
}
