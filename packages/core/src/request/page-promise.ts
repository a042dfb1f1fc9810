import { ConfigurationError } from '../errors/configuration-error.js';
import type { OperationEntry } from '../operations/operation-table.js';
import { type PageCursor, type PaginationStyle, paginate } from '../pagination/paginate.js';
import type { Transport } from '../transport/create-transport.js';
import type { CallOptions } from '../transport/transport-options.js';
import { APIPromise, type APIResponse } from './api-promise.js';
import { bindCall, type CallFetch, respond } from './call-api.js';
import type { FetchResult } from './read-json.js';
import type { RequestOptions } from './request-options.js';

/** One page as a provider reads it: the page object users get, its items and whether another follows. */
export interface ReadPage<PageData, Item> {
  /** What awaiting the list resolves to: the page as the API sent it. */
  page: PageData;
  /** The page's items, for `for await`. */
  items: readonly Item[];
  /** `undefined` when the answer does not say: a full page is then taken to have a successor. */
  hasMore?: boolean | undefined;
}

/**
 * What a list method returns: await it (or `.withResponse()`) for the first page, or iterate it with
 * `for await` for every item across pages, one request per page.
 */
export class PagePromise<PageData, Item> extends APIPromise<PageData> implements AsyncIterable<Item> {
  readonly #items: () => AsyncGenerator<Item, void, undefined>;

  constructor(first: Promise<APIResponse<PageData>>, items: () => AsyncGenerator<Item, void, undefined>) {
    super(first);
    this.#items = items;
  }

  /** Every item across pages, one request per page (the first page's request is shared with `await`). */
  [Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    return this.#items();
  }
}

/** One list operation as a provider method describes it. */
export interface PagedCall<PageData, Item> {
  /** The method's name for messages. */
  label: string;
  /** The caller's `RequestOptions` (checked at run time too). */
  options: RequestOptions | undefined;
  /** Call options the method itself sets; the caller's win. */
  defaults?: CallOptions | undefined;
  /** The paging style, usually from `pagingOf(operations.<id>, …)`. */
  style: PaginationStyle;
  /** Stop iterating after this many items. */
  maxItems?: number | undefined;
  /** Sends the request for one page. */
  fetchPage: (cursor: PageCursor, fetch: CallFetch) => Promise<FetchResult>;
  /** Reads one page's answer. */
  readPage: (result: FetchResult) => ReadPage<PageData, Item>;
}

/**
 * The paging style of a list operation, from the operation table's `pagination` (`x-conduit-pagination`):
 * the spec decides whether a list pages by number or by offset, not the client.
 */
export function pagingOf(operation: OperationEntry, size: number, firstPage = 1): PaginationStyle {
  switch (operation.pagination) {
    case 'page':
      return { kind: 'page', firstPage, pageSize: size };
    case 'offset':
      return { kind: 'offset', limit: size };
    default:
      throw new ConfigurationError(`${operation.operationId}: the spec declares no pagination (x-conduit-pagination) for this operation.`);
  }
}

/**
 * The provider kit's list call: the first page is requested at once and shared, so awaiting the
 * result and iterating it cost the same first request; later pages are requested as iteration reaches them.
 */
export function callPaged<PageData, Item>(transport: Transport, call: PagedCall<PageData, Item>): PagePromise<PageData, Item> {
  const { style } = call;
  let fetch: CallFetch | undefined;
  const bind = (): CallFetch => {
    fetch ??= bindCall(transport, call);
    return fetch;
  };
  const firstCursor: PageCursor = {
    page: style.kind === 'page' ? (style.firstPage ?? 1) : 1,
    offset: 0,
    size: style.kind === 'page' ? style.pageSize : style.limit,
  };
  const first = (async () => {
    const result = await call.fetchPage(firstCursor, bind());
    return { read: call.readPage(result), response: result.response };
  })();
  const full = first.then(({ read, response }) => respond(transport, read.page, response));
  // The caller may only iterate: the first page's failure then surfaces there, not as an unhandled rejection.
  full.catch(() => undefined);
  const signal = call.options?.signal;
  const items = () =>
    paginate<Item>(
      async (cursor) => {
        const read = cursor.offset === 0 ? (await first).read : call.readPage(await call.fetchPage(cursor, bind()));
        return { items: read.items, hasMore: read.hasMore };
      },
      style,
      { ...(call.maxItems === undefined ? {} : { maxItems: call.maxItems }), ...(signal instanceof AbortSignal ? { signal } : {}) },
    );
  return new PagePromise<PageData, Item>(full, items);
}
