import type { APIPromise, RequestOptions } from '@conduit/core';
import { apiVideoOperations, type components, type operations } from '@conduit/specs/apivideo';
import { type AnalyticsQuery, analyticsQuery } from './apivideo-analytics-query.js';
import { jsonCall } from './apivideo-call.js';
import { checkEnum, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoListOptions, listCall, splitPaging } from './apivideo-pagination.js';

type Schemas = components['schemas'];
/** The API's query type of an operation (what the checked query becomes: dates as RFC 3339 strings). */
type ApiQuery<Name extends keyof operations> = NonNullable<operations[Name]['parameters']['query']>;
/** Metrics of `analytics.getMetric`. */
export type AnalyticsMetric = Schemas['AnalyticsAggregatedMetric'];
/** Aggregations of `analytics.getMetric`. */
export type AnalyticsAggregation = Schemas['AnalyticsAggregation'];
/** Metrics of `analytics.breakdown`. */
export type AnalyticsBreakdownMetric = Schemas['AnalyticsBreakdownMetric'];
/** Dimensions of `analytics.breakdown`. */
export type AnalyticsBreakdown = Schemas['AnalyticsBreakdown'];
/** Metrics of `analytics.timeseries`. */
export type AnalyticsTimeseriesMetric = Schemas['AnalyticsTimeseriesMetric'];
/** Answer of `analytics.getMetric`. */
export type AnalyticsMetricResponse = Schemas['AnalyticsAggregatedMetricsResponse'];
/** One page of `analytics.breakdown`. */
export type AnalyticsBreakdownResponse = Schemas['AnalyticsMetricsBreakdownResponse'];
/** One page of `analytics.timeseries`. */
export type AnalyticsTimeseriesResponse = Schemas['AnalyticsMetricsOverTimeResponse'];
/** One value of a breakdown. */
export type AnalyticsBreakdownItem = AnalyticsBreakdownResponse['data'][number];
/** One point of a time series. */
export type AnalyticsTimeseriesPoint = AnalyticsTimeseriesResponse['data'][number];

/** Sorting of a breakdown. */
export interface AnalyticsBreakdownQuery extends AnalyticsQuery {
  /** Sort by the metric's value or by the dimension's value. */
  sortBy?: 'metricValue' | 'dimensionValue' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

/** Resolution and order of a time series. */
export interface AnalyticsTimeseriesQuery extends AnalyticsQuery {
  /** Width of each time bucket. */
  interval?: 'minute' | 'hour' | 'day' | undefined;
  /** `asc` or `desc` by time. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const metrics = ['play', 'start', 'end', 'impression', 'impression-time', 'watch-time', 'ccv', 'view'];
const aggregations = ['count', 'rate', 'total', 'average', 'sum', 'peak', 'live'];
const breakdownMetrics = ['play', 'play-rate', 'play-total', 'start', 'end', 'impression', 'ccv-peak', 'ccv-average', 'view'];
const breakdowns = ['media-id', 'media-type', 'continent', 'country', 'device-type', 'operating-system', 'browser', 'referrer'];
const timeseriesMetrics = ['play', 'play-rate', 'start', 'end', 'impression', 'ccv-peak', 'ccv-average', 'view'];

function checkPath(value: string, allowed: readonly string[], name: string, label: string): void {
  requireId(value, name, label);
  checkEnum(value, allowed, name, label);
}

/** `client.analytics`: aggregated metrics, breakdowns by dimension and time series. */
export function createAnalyticsNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    /** One number: `metric` aggregated with `aggregation` over the timeframe (`GET /data/metrics/{metric}/{aggregation}`). */
    getMetric(
      metric: AnalyticsMetric,
      aggregation: AnalyticsAggregation,
      query?: AnalyticsQuery,
      options?: RequestOptions,
    ): APIPromise<AnalyticsMetricResponse> {
      const label = 'analytics.getMetric';
      return jsonCall(context, label, options, (fetch) => {
        checkPath(metric, metrics, 'metric', label);
        checkPath(aggregation, aggregations, 'aggregation', label);
        const params = analyticsQuery(query, [], metric === 'play' && aggregation === 'total', label);
        return api.GET('/data/metrics/{metric}/{aggregation}', {
          params: { path: { metric, aggregation }, query: params },
          fetch,
        });
      });
    },
    /**
     * `metric` per value of a dimension, e.g. plays per country (`GET /data/buckets/{metric}/{breakdown}`):
     * await for one page (`context`, `data`, `pagination`), or iterate every value.
     */
    breakdown(
      metric: AnalyticsBreakdownMetric,
      breakdown: AnalyticsBreakdown,
      query?: AnalyticsBreakdownQuery & ApiVideoListOptions,
      options?: RequestOptions,
    ) {
      const label = 'analytics.breakdown';
      return listCall<ApiQuery<'getMetricsBreakdown'>, AnalyticsBreakdownResponse>(context, {
        label,
        operation: apiVideoOperations.getMetricsBreakdown,
        options,
        check: () => {
          checkPath(metric, breakdownMetrics, 'metric', label);
          checkPath(breakdown, breakdowns, 'breakdown', label);
          const params = analyticsQuery(
            query,
            ['sortBy', 'sortOrder', 'currentPage', 'pageSize', 'maxItems'],
            metric === 'play-total' && breakdown === 'media-id',
            label,
          );
          checkEnum(params.sortBy, ['metricValue', 'dimensionValue'], 'sortBy', label);
          checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return splitPaging<ApiQuery<'getMetricsBreakdown'>>(params);
        },
        send: (params, page, fetch) =>
          api.GET('/data/buckets/{metric}/{breakdown}', {
            params: { path: { metric, breakdown }, query: { ...params, ...page } },
            fetch,
          }),
      });
    },
    /** `metric` per interval (`GET /data/timeseries/{metric}`): await for one page, or iterate every point. */
    timeseries(metric: AnalyticsTimeseriesMetric, query?: AnalyticsTimeseriesQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'analytics.timeseries';
      return listCall<ApiQuery<'getMetricsOverTime'>, AnalyticsTimeseriesResponse>(context, {
        label,
        operation: apiVideoOperations.getMetricsOverTime,
        options,
        check: () => {
          checkPath(metric, timeseriesMetrics, 'metric', label);
          const params = analyticsQuery(query, ['interval', 'sortOrder', 'currentPage', 'pageSize', 'maxItems'], false, label);
          checkEnum(params.interval, ['minute', 'hour', 'day'], 'interval', label);
          checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return splitPaging<ApiQuery<'getMetricsOverTime'>>(params);
        },
        send: (params, page, fetch) =>
          api.GET('/data/timeseries/{metric}', {
            params: { path: { metric }, query: { ...params, ...page } },
            fetch,
          }),
      });
    },
  };
}

/** The `analytics` namespace of an api.video client. */
export type ApiVideoAnalytics = ReturnType<typeof createAnalyticsNamespace>;
