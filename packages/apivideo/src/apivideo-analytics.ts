import type { components, operations } from '@conduit/specs/apivideo';
import { type AnalyticsQuery, analyticsQuery } from './apivideo-analytics-query.js';
import { checkEnum, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoIterateOptions, type ApiVideoPageOptions, checkPaging, iteratePages } from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf } from './apivideo-response.js';

type Schemas = components['schemas'];
/** The API's query type of an operation (the checked query is cast to it). */
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
/** Answer of `analytics.breakdownPage`. */
export type AnalyticsBreakdownResponse = Schemas['AnalyticsMetricsBreakdownResponse'];
/** Answer of `analytics.timeseriesPage`. */
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
  const { api, transport } = context;

  const breakdownPage = async (
    metric: AnalyticsBreakdownMetric,
    breakdown: AnalyticsBreakdown,
    query?: AnalyticsBreakdownQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<AnalyticsBreakdownResponse> => {
    const label = 'analytics.breakdownPage';
    checkPath(metric, breakdownMetrics, 'metric', label);
    checkPath(breakdown, breakdowns, 'breakdown', label);
    const params = analyticsQuery(
      query,
      ['sortBy', 'sortOrder', 'currentPage', 'pageSize'],
      metric === 'play-total' && breakdown === 'media-id',
      label,
    );
    checkEnum(params.sortBy, ['metricValue', 'dimensionValue'], 'sortBy', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(
      api.GET('/data/buckets/{metric}/{breakdown}', {
        params: { path: { metric, breakdown }, query: params as ApiQuery<'getMetricsBreakdown'> },
        fetch: callFetch(transport, options, label),
      }),
    );
  };

  const timeseriesPage = async (
    metric: AnalyticsTimeseriesMetric,
    query?: AnalyticsTimeseriesQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<AnalyticsTimeseriesResponse> => {
    const label = 'analytics.timeseriesPage';
    checkPath(metric, timeseriesMetrics, 'metric', label);
    const params = analyticsQuery(query, ['interval', 'sortOrder', 'currentPage', 'pageSize'], false, label);
    checkEnum(params.interval, ['minute', 'hour', 'day'], 'interval', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(
      api.GET('/data/timeseries/{metric}', {
        params: { path: { metric }, query: params as ApiQuery<'getMetricsOverTime'> },
        fetch: callFetch(transport, options, label),
      }),
    );
  };

  return {
    /** One number: `metric` aggregated with `aggregation` over the timeframe (`GET /data/metrics/{metric}/{aggregation}`). */
    async getMetric(
      metric: AnalyticsMetric,
      aggregation: AnalyticsAggregation,
      query?: AnalyticsQuery,
      options?: ApiVideoRequestOptions,
    ): Promise<AnalyticsMetricResponse> {
      const label = 'analytics.getMetric';
      checkPath(metric, metrics, 'metric', label);
      checkPath(aggregation, aggregations, 'aggregation', label);
      const params = analyticsQuery(query, [], metric === 'play' && aggregation === 'total', label);
      return bodyOf(
        api.GET('/data/metrics/{metric}/{aggregation}', {
          params: { path: { metric, aggregation }, query: params as ApiQuery<'getAggregatedMetrics'> },
          fetch: callFetch(transport, options, label),
        }),
      );
    },
    /** Iterates `metric` per value of a dimension, e.g. plays per country (`GET /data/buckets/{metric}/{breakdown}`). */
    breakdown(
      metric: AnalyticsBreakdownMetric,
      breakdown: AnalyticsBreakdown,
      query?: AnalyticsBreakdownQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<AnalyticsBreakdownItem, void, undefined> {
      const { maxItems, currentPage, pageSize, ...rest } = query ?? {};
      return iteratePages(
        (paging) => breakdownPage(metric, breakdown, { ...rest, ...paging }, options),
        { currentPage, pageSize, maxItems },
        options?.signal,
        'analytics.breakdown',
      );
    },
    /** One page of a breakdown, with its `context` and pagination. */
    breakdownPage,
    /** Iterates `metric` per interval (`GET /data/timeseries/{metric}`). */
    timeseries(
      metric: AnalyticsTimeseriesMetric,
      query?: AnalyticsTimeseriesQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<AnalyticsTimeseriesPoint, void, undefined> {
      const { maxItems, currentPage, pageSize, ...rest } = query ?? {};
      return iteratePages(
        (paging) => timeseriesPage(metric, { ...rest, ...paging }, options),
        { currentPage, pageSize, maxItems },
        options?.signal,
        'analytics.timeseries',
      );
    },
    /** One page of a time series, with its `context` and pagination. */
    timeseriesPage,
  };
}

/** The `analytics` namespace of an api.video client. */
export type ApiVideoAnalytics = ReturnType<typeof createAnalyticsNamespace>;
