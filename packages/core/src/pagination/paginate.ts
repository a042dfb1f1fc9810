/** One page as a provider returns it, reduced to items and whether more follow. */
export interface Page<T> {
  /** The items of this page, in order. */
  items: readonly T[];
  /** True when another page exists. When omitted, a short page ends the listing. */
  hasMore?: boolean | undefined;
}

/** The three pagination styles the providers use. */
export type PaginationStyle =
  /** page numbers starting at `firstPage` (HesedVid `page`/`pageSize`, api.video `currentPage`/`pageSize`). */
  | {
      /** Numbered pages. */
      kind: 'page';
      /** Number of the first page (default 1). */
      firstPage?: number;
      /** Items per page. */
      pageSize: number;
    }
  /** offset/limit (Scriptix `offset`/`limit`). */
  | {
      /** Item offsets. */
      kind: 'offset';
      /** Items per page. */
      limit: number;
    };

/** Where the next page starts: a page number, or an offset. */
export interface PageCursor {
  /** Page number to fetch (for `page` style; counts from `firstPage`). */
  page: number;
  /** Items already read, i.e. the offset to fetch from (for `offset` style). */
  offset: number;
  /** Items per page (`pageSize` or `limit`). */
  size: number;
}

/**
 * Iterates every item across pages, fetching a page only when the previous one is used up.
 *
 * @example
 * ```ts
 * import { type Page, paginate } from '@conduit/core';
 *
 * declare function listPage(page: number, size: number): Promise<Page<{ id: string }>>;
 * for await (const video of paginate((cursor) => listPage(cursor.page, cursor.size), { kind: 'page', pageSize: 50 })) {}
 * ```
 */
export async function* paginate<T>(
  fetchPage: (cursor: PageCursor) => Promise<Page<T>>,
  style: PaginationStyle,
  options: { maxItems?: number; signal?: AbortSignal } = {},
): AsyncGenerator<T, void, undefined> {
  const size = style.kind === 'page' ? style.pageSize : style.limit;
  let page = style.kind === 'page' ? (style.firstPage ?? 1) : 1;
  let offset = 0;
  let yielded = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    // Enough items already: do not spend a request (and rate-limit budget) on a page nobody reads.
    if (options.maxItems !== undefined && yielded >= options.maxItems) {
      return;
    }
    const result = await fetchPage({ page, offset, size });
    for (const item of result.items) {
      if (options.maxItems !== undefined && yielded >= options.maxItems) {
        return;
      }
      yielded++;
      yield item;
    }
    const more = result.hasMore ?? result.items.length >= size;
    if (!more || result.items.length === 0) {
      return;
    }
    page++;
    offset += result.items.length;
  }
}
