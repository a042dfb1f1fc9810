import { ConfigurationError } from '@conduit/core';
import * as z from 'zod/mini';
import { calendarDateSchema, checkOptions } from './hesedvid-check-options.js';
import type { HesedVidVideoStatus } from './hesedvid-types.js';

/** Filters and paging of `videos.list` / `videos.listOrganization`. */
export interface HesedVidVideoFilters {
  /** First page to read (1-based, default 1). */
  page?: number | undefined;
  /** Videos per request, 1-100 (default 20). */
  pageSize?: number | undefined;
  /** Sort field (default `created_at`). */
  sortBy?: 'created_at' | 'name' | 'duration' | 'status' | undefined;
  /** Sort direction (default `desc`). */
  sortDir?: 'asc' | 'desc' | undefined;
  /** Only videos in this lifecycle status. */
  status?: HesedVidVideoStatus | undefined;
  /** Case-insensitive search in video names (non-empty). */
  search?: string | undefined;
  /** Only videos created on or after this day (`YYYY-MM-DD`, or a `Date` read in UTC). */
  from?: string | Date | undefined;
  /** Only videos created on or before this day (`YYYY-MM-DD`, or a `Date` read in UTC). */
  to?: string | Date | undefined;
  /** Stop after this many videos. */
  maxItems?: number | undefined;
}

/** `videos.list` filters plus the environment to list (default: the client's). */
export interface HesedVidEnvironmentVideoFilters extends HesedVidVideoFilters {
  /** Environment ID or slug; overrides the client's `environment` for this call. */
  environment?: string | undefined;
}

/** The query HesedVid's list endpoints take. */
export interface HesedVidVideoQuery {
  page: number;
  pageSize: number;
  sortBy?: 'created_at' | 'name' | 'duration' | 'status' | undefined;
  sortDir?: 'asc' | 'desc' | undefined;
  status?: HesedVidVideoStatus | undefined;
  search?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

// A valid `Date` checked by hand: `z.date()` would pull a schema kind no other HesedVid schema uses.
const validDateSchema = z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()));
const dateSchema = z.union([calendarDateSchema, validDateSchema], 'must be a date written YYYY-MM-DD or a valid Date');

const filterShape = {
  page: z.optional(z.int('must be a whole page number').check(z.minimum(1, 'must be 1 or more (pages start at 1)'))),
  pageSize: z.optional(z.int('must be a whole number').check(z.minimum(1, 'must be at least 1'), z.maximum(100, 'must be at most 100'))),
  sortBy: z.optional(z.enum(['created_at', 'name', 'duration', 'status'], 'must be one of created_at, name, duration, status')),
  sortDir: z.optional(z.enum(['asc', 'desc'], 'must be asc or desc')),
  status: z.optional(z.enum(['transcoding', 'ready', 'failed'], 'must be one of transcoding, ready, failed')),
  search: z.optional(z.string('must be a string').check(z.minLength(1, 'must not be empty'))),
  from: z.optional(dateSchema),
  to: z.optional(dateSchema),
  maxItems: z.optional(z.int('must be a whole number').check(z.minimum(1, 'must be at least 1'))),
};

function formatDate(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** Checks list filters before any request and turns them into the endpoint's query. */
export function parseVideoFilters(
  filters: unknown,
  label: string,
  extraShape: Record<string, z.ZodMiniType> = {},
): { query: HesedVidVideoQuery; maxItems: number | undefined } {
  const parsed = checkOptions({ ...filterShape, ...extraShape }, filters, label);
  const from = parsed.from === undefined ? undefined : formatDate(parsed.from);
  const to = parsed.to === undefined ? undefined : formatDate(parsed.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new ConfigurationError(`${label}: invalid options: \`from\` (${from}) is after \`to\` (${to}).`);
  }
  const query: HesedVidVideoQuery = {
    page: parsed.page ?? 1,
    pageSize: parsed.pageSize ?? 20,
    sortBy: parsed.sortBy,
    sortDir: parsed.sortDir,
    status: parsed.status,
    search: parsed.search,
    from,
    to,
  };
  return { query, maxItems: parsed.maxItems };
}
