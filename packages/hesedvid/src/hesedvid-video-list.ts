import { paginate } from '@conduit/core';
import * as z from 'zod/mini';
import { callFetch, type HesedVidContext, type RequestOptions, requireEnvironment } from './hesedvid-context.js';
import { unwrapBody } from './hesedvid-envelope.js';
import type { HesedVidPagination, HesedVidVideo } from './hesedvid-types.js';
import {
  type HesedVidEnvironmentVideoFilters,
  type HesedVidVideoFilters,
  type HesedVidVideoQuery,
  parseVideoFilters,
} from './hesedvid-video-filters.js';

/** One page of videos with HesedVid's pagination metadata. */
export interface HesedVidVideoPage {
  /** The videos on this page. */
  videos: HesedVidVideo[];
  /** Page number, size and totals as HesedVid reports them. */
  pagination: HesedVidPagination;
  /** Whether a later page exists. */
  hasMore: boolean;
}

const videoListSchema = z.object({
  videos: z.array(z.looseObject({ id: z.string(), status: z.string() })),
  pagination: z.looseObject({
    total: z.number(),
    page: z.number(),
    pageSize: z.optional(z.number()),
    totalPages: z.optional(z.number()),
  }),
});

type Scope = { kind: 'environment'; environment: string } | { kind: 'organization' };

async function fetchPage(context: HesedVidContext, scope: Scope, query: HesedVidVideoQuery, fetch: (input: Request) => Promise<Response>) {
  const result =
    scope.kind === 'environment'
      ? await context.api.GET('/{orgID}/environments/{envID}/videos', {
          params: { path: { orgID: context.orgId, envID: scope.environment }, query },
          fetch,
        })
      : await context.api.GET('/{orgID}/videos', { params: { path: { orgID: context.orgId }, query }, fetch });
  const body = unwrapBody(result, videoListSchema, 'the video list');
  const { pagination } = body;
  const size = pagination.pageSize ?? query.pageSize;
  const hasMore =
    pagination.totalPages !== undefined
      ? pagination.page < pagination.totalPages
      : pagination.page * size < pagination.total && body.videos.length > 0;
  return { videos: body.videos as HesedVidVideo[], pagination: pagination as HesedVidPagination, hasMore };
}

function iterate(
  context: HesedVidContext,
  scope: Scope,
  query: HesedVidVideoQuery,
  maxItems: number | undefined,
  options: RequestOptions | undefined,
  label: string,
) {
  const fetch = callFetch(context, options, label);
  return paginate(
    async (cursor) => {
      const page = await fetchPage(context, scope, { ...query, page: cursor.page, pageSize: cursor.size }, fetch);
      return { items: page.videos, hasMore: page.hasMore };
    },
    { kind: 'page', firstPage: query.page, pageSize: query.pageSize },
    { maxItems, signal: options?.signal },
  );
}

const environmentShape = { environment: z.optional(z.string('must be a string').check(z.minLength(1, 'must not be empty'))) };

function environmentScope(context: HesedVidContext, filters: HesedVidEnvironmentVideoFilters | undefined, label: string): Scope {
  return { kind: 'environment', environment: requireEnvironment(context, filters?.environment, label) };
}

/** `listVideos`: every video of an environment, page by page, as an async iterator. Filters are checked before any request. */
export function listVideos(
  context: HesedVidContext,
  filters?: HesedVidEnvironmentVideoFilters,
  options?: RequestOptions,
): AsyncGenerator<HesedVidVideo, void, undefined> {
  const label = 'videos.list';
  const { query, maxItems } = parseVideoFilters(filters, label, environmentShape);
  return iterate(context, environmentScope(context, filters, label), query, maxItems, options, label);
}

/** `listVideos`, one page: the videos of `filters.page` (default 1) and the pagination metadata. */
export async function listVideoPage(
  context: HesedVidContext,
  filters?: HesedVidEnvironmentVideoFilters,
  options?: RequestOptions,
): Promise<HesedVidVideoPage> {
  const label = 'videos.listPage';
  const { query } = parseVideoFilters(filters, label, environmentShape);
  const scope = environmentScope(context, filters, label);
  return fetchPage(context, scope, query, callFetch(context, options, label));
}

/** `listOrganizationVideos`: every video across the organization, as an async iterator. */
export function listOrganizationVideos(
  context: HesedVidContext,
  filters?: HesedVidVideoFilters,
  options?: RequestOptions,
): AsyncGenerator<HesedVidVideo, void, undefined> {
  const label = 'videos.listOrganization';
  const { query, maxItems } = parseVideoFilters(filters, label);
  return iterate(context, { kind: 'organization' }, query, maxItems, options, label);
}
