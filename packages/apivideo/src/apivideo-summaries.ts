import { ConfigurationError } from '@conduit/core';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import type { Summary, SummaryCreationPayload, SummarySource, SummaryUpdatePayload } from './apivideo-types.js';

/** Filters of `summaries.list`. */
export interface SummaryListQuery {
  /** Only the summary of this video. */
  videoId?: string | undefined;
  /** Only summaries made on request (`api`) or automatically (`auto`). */
  origin?: 'api' | 'auto' | undefined;
  /** Only summaries whose source is in this state. */
  sourceStatus?: 'missing' | 'waiting' | 'failed' | 'completed' | 'unprocessable' | undefined;
}

const pageKeys = ['videoId', 'origin', 'sourceStatus', 'currentPage', 'pageSize'];
const attributes = ['abstract', 'takeaways'];

/** `client.summaries`: AI-generated (or supplied) video summaries. */
export function createSummariesNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (
    query?: SummaryListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<Summary>> => {
    const label = 'summaries.listPage';
    const params = checkObject(query, pageKeys, label) as SummaryListQuery & ApiVideoPageOptions;
    checkEnum(params.origin, ['api', 'auto'], 'origin', label);
    checkEnum(params.sourceStatus, ['missing', 'waiting', 'failed', 'completed', 'unprocessable'], 'sourceStatus', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/summaries', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Starts a summary of a video; `409` (ConflictError) when one exists (`POST /summaries`). */
    async create(payload: SummaryCreationPayload, options?: ApiVideoRequestOptions): Promise<Summary> {
      const label = 'summaries.create';
      const body = checkObject(payload, ['videoId', 'origin', 'attributes'], label) as SummaryCreationPayload;
      requireId(body.videoId, 'videoId', label);
      checkEnum(body.origin, ['auto'], 'origin', label);
      if (
        body.attributes !== undefined &&
        (!Array.isArray(body.attributes) || body.attributes.some((item) => !attributes.includes(item)))
      ) {
        throw new ConfigurationError(`${label}: attributes must list "abstract" and/or "takeaways".`);
      }
      return bodyOf(api.POST('/summaries', { body, fetch: callFetch(transport, options, label) }));
    },
    /** Iterates summaries (`GET /summaries`). */
    list(query?: SummaryListQuery & ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<Summary, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'summaries.list') as SummaryListQuery &
        ApiVideoIterateOptions;
      return iteratePages((paging) => listPage({ ...rest, ...paging }, options), { ...rest, maxItems }, options?.signal, 'summaries.list');
    },
    /** One page of summaries (`GET /summaries`). */
    listPage,
    /** Deletes a summary (`DELETE /summaries/{summaryId}`). */
    async delete(summaryId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/summaries/{summaryId}', {
          params: { path: { summaryId: requireId(summaryId, 'summaryId', 'summaries.delete') } },
          fetch: callFetch(transport, options, 'summaries.delete'),
        }),
      );
    },
    /** The summary's title, abstract and takeaways (`GET /summaries/{summaryId}/source`). */
    async getSource(summaryId: string, options?: ApiVideoRequestOptions): Promise<SummarySource> {
      return bodyOf(
        api.GET('/summaries/{summaryId}/source', {
          params: { path: { summaryId: requireId(summaryId, 'summaryId', 'summaries.getSource') } },
          fetch: callFetch(transport, options, 'summaries.getSource'),
        }),
      );
    },
    /** Sets the abstract and/or takeaways (`PATCH /summaries/{summaryId}/source`). */
    async updateSource(summaryId: string, payload: SummaryUpdatePayload, options?: ApiVideoRequestOptions): Promise<SummarySource> {
      const label = 'summaries.updateSource';
      requireId(summaryId, 'summaryId', label);
      const body = checkObject(payload, ['abstract', 'takeaways'], label) as SummaryUpdatePayload;
      return bodyOf(
        api.PATCH('/summaries/{summaryId}/source', { params: { path: { summaryId } }, body, fetch: callFetch(transport, options, label) }),
      );
    },
  };
}

/** The `summaries` namespace of an api.video client. */
export type ApiVideoSummaries = ReturnType<typeof createSummariesNamespace>;
