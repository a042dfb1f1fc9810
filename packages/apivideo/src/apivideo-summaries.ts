import { type APIPromise, ConfigurationError, type RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
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

const queryKeys = ['videoId', 'origin', 'sourceStatus', ...pagingKeys];
const attributes = ['abstract', 'takeaways'];

/** `client.summaries`: AI-generated (or supplied) video summaries. */
export function createSummariesNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    /** Starts a summary of a video; `409` (ConflictError) when one exists (`POST /summaries`). */
    create(payload: SummaryCreationPayload, options?: RequestOptions): APIPromise<Summary> {
      const label = 'summaries.create';
      return jsonCall(context, label, options, (fetch) => {
        const body = checkObject(payload, ['videoId', 'origin', 'attributes'], label) as SummaryCreationPayload;
        requireId(body.videoId, 'videoId', label);
        checkEnum(body.origin, ['auto'], 'origin', label);
        if (
          body.attributes !== undefined &&
          (!Array.isArray(body.attributes) || body.attributes.some((item) => !attributes.includes(item)))
        ) {
          throw new ConfigurationError(`${label}: attributes must list "abstract" and/or "takeaways".`);
        }
        return api.POST('/summaries', { body, fetch });
      });
    },
    /** Summaries (`GET /summaries`): await for one page, or iterate every summary. */
    list(query?: SummaryListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'summaries.list';
      return listCall<SummaryListQuery, ApiVideoPage<Summary>>(context, {
        label,
        operation: apiVideoOperations.listSummaries,
        options,
        check: () => {
          const given = splitPaging<SummaryListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.origin, ['api', 'auto'], 'origin', label);
          checkEnum(given.query.sourceStatus, ['missing', 'waiting', 'failed', 'completed', 'unprocessable'], 'sourceStatus', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/summaries', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Deletes a summary (`DELETE /summaries/{summaryId}`). */
    delete(summaryId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'summaries.delete', options, (fetch) =>
        api.DELETE('/summaries/{summaryId}', {
          params: { path: { summaryId: requireId(summaryId, 'summaryId', 'summaries.delete') } },
          fetch,
        }),
      );
    },
    /** The summary's title, abstract and takeaways (`GET /summaries/{summaryId}/source`). */
    getSource(summaryId: string, options?: RequestOptions): APIPromise<SummarySource> {
      return jsonCall(context, 'summaries.getSource', options, (fetch) =>
        api.GET('/summaries/{summaryId}/source', {
          params: { path: { summaryId: requireId(summaryId, 'summaryId', 'summaries.getSource') } },
          fetch,
        }),
      );
    },
    /** Sets the abstract and/or takeaways (`PATCH /summaries/{summaryId}/source`). */
    updateSource(summaryId: string, payload: SummaryUpdatePayload, options?: RequestOptions): APIPromise<SummarySource> {
      const label = 'summaries.updateSource';
      return jsonCall(context, label, options, (fetch) => {
        requireId(summaryId, 'summaryId', label);
        const body = checkObject(payload, ['abstract', 'takeaways'], label) as SummaryUpdatePayload;
        return api.PATCH('/summaries/{summaryId}/source', { params: { path: { summaryId } }, body, fetch });
      });
    },
  };
}

/** The `summaries` namespace of an api.video client. */
export type ApiVideoSummaries = ReturnType<typeof createSummariesNamespace>;
