import {
  type CallFetch,
  callPaged,
  type FetchResult,
  type OperationEntry,
  type PageCursor,
  type PagePromise,
  pagingOf,
  type RequestOptions,
  readJson,
  type Transport,
} from '@conduit/core';
import * as z from 'zod/mini';
import { scriptixListEnvelope } from './scriptix-envelope.js';
import { validateInput } from './scriptix-validate.js';

/** Paging of the `list*` methods (the SDK's own switches; filters sit beside them). */
export interface ListOptions {
  /** Items per request (default 25). */
  limit?: number | undefined;
  /** Stop iterating after this many items. */
  maxItems?: number | undefined;
}

/** What every v3 list answer holds: its items in `result` and, mostly, the total across pages. */
type ListAnswer = { result: unknown[]; total_results?: number | undefined };

/** The `limit`/`maxItems` shape of every list query, for the method's own strict schema. */
export const listOptionsShape = {
  limit: z.optional(z.number().check(z.int(), z.minimum(1))),
  maxItems: z.optional(z.number().check(z.int(), z.minimum(0))),
};

const listOptionsSchema = z.strictObject(listOptionsShape);

/** Checks `ListOptions` alone (lists without filters). */
export const checkListOptions = (query: unknown, label: string): ListOptions => validateInput(listOptionsSchema, query ?? {}, label);

/** One Scriptix list as a method describes it. */
export interface ScriptixListCall {
  /** `Scriptix sessions.list`. */
  label: string;
  /** The operation in the generated table: its `x-conduit-pagination` decides offset or page paging. */
  operation: OperationEntry;
  /** The caller's `RequestOptions`. */
  options: RequestOptions | undefined;
  /** Checks the caller's query (throws `ConfigurationError`) and returns page size and item cap. */
  check: () => { size: number; maxItems?: number | undefined };
  /** Sends the request for one page. */
  fetchPage: (cursor: PageCursor, fetch: CallFetch) => Promise<FetchResult>;
}

/**
 * A `list*` method: core's `callPaged` with the paging style the spec declares. Await it for the first
 * page (the API's `{ result, count, total_results }`), or `for await` it for every item. A page is the
 * last when it is short or `total_results` is reached. Bad input rejects the returned promise.
 */
export function scriptixList<Page extends ListAnswer>(
  transport: Transport,
  call: ScriptixListCall,
): PagePromise<Page, Page['result'][number]> {
  let checked: { size: number; maxItems?: number | undefined } | undefined;
  let failure: unknown;
  try {
    checked = call.check();
  } catch (error) {
    failure = error;
  }
  const style = pagingOf(call.operation, checked?.size ?? 25);
  const before = new WeakMap<FetchResult, number>();
  return callPaged<Page, Page['result'][number]>(transport, {
    label: call.label,
    options: call.options,
    style,
    maxItems: checked?.maxItems,
    fetchPage: async (cursor, fetch) => {
      if (failure !== undefined) {
        throw failure;
      }
      const result = await call.fetchPage(cursor, fetch);
      before.set(result, style.kind === 'page' ? (cursor.page - (style.firstPage ?? 1)) * cursor.size : cursor.offset);
      return result;
    },
    readPage: (result) => {
      const page = readJson<Page>(result, { what: call.label, envelope: scriptixListEnvelope });
      const total = page.total_results;
      const seen = (before.get(result) ?? 0) + page.result.length;
      return { page, items: page.result, hasMore: total === undefined ? undefined : seen < total };
    },
  });
}
