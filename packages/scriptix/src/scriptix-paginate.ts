import { paginate } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixPage } from './scriptix-envelope.js';
import { validateInput } from './scriptix-validate.js';

/** Options of the `list*` iterators. */
export interface ListOptions {
  /** Items per request (default 25). */
  limit?: number | undefined;
  /** Stop after this many items. */
  maxItems?: number | undefined;
  /** Aborts the iteration and the request in flight. */
  signal?: AbortSignal | undefined;
}

const listOptionsSchema = z.strictObject({
  limit: z.optional(z.number().check(z.int(), z.minimum(1))),
  maxItems: z.optional(z.number().check(z.int(), z.minimum(0))),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal)),
});

/** Iterates an offset/limit listing; a page is the last when it is short or `total_results` is reached. */
export function paginateOffset<T>(
  fetchPage: (offset: number, limit: number, signal: AbortSignal | undefined) => Promise<ScriptixPage<T>>,
  options: ListOptions = {},
  maxLimit = Number.POSITIVE_INFINITY,
): AsyncGenerator<T, void, undefined> {
  validateInput(listOptionsSchema, options, 'list options');
  const limit = Math.min(options.limit ?? 25, maxLimit);
  return paginate(
    async (cursor) => {
      const page = await fetchPage(cursor.offset, cursor.size, options.signal);
      const seen = cursor.offset + page.items.length;
      return { items: page.items, hasMore: page.totalResults === undefined ? undefined : seen < page.totalResults };
    },
    { kind: 'offset', limit },
    { maxItems: options.maxItems, signal: options.signal },
  );
}
