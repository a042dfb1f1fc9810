import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, invalid, json, pageOf, sortItems } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

const metrics = ['play', 'start', 'end', 'impression', 'impression-time', 'watch-time', 'ccv', 'view'];
const aggregations = ['count', 'rate', 'total', 'average', 'sum', 'peak', 'live'];
const breakdownMetrics = ['play', 'play-rate', 'play-total', 'start', 'end', 'impression', 'ccv-peak', 'ccv-average', 'view'];
const breakdowns = ['media-id', 'media-type', 'continent', 'country', 'device-type', 'operating-system', 'browser', 'referrer'];
const timeseriesMetrics = ['play', 'play-rate', 'start', 'end', 'impression', 'ccv-peak', 'ccv-average', 'view'];
const filterNames = ['mediaId', 'mediaType', 'continent', 'country', 'deviceType', 'operatingSystem', 'browser', 'tag', 'referrer'];
const dimensionValues: Record<string, string[]> = {
  'media-type': ['video', 'live-stream'],
  continent: ['EU', 'NA', 'AS'],
  country: ['FR', 'US', 'DE', 'JP'],
  'device-type': ['computer', 'phone', 'tablet'],
  'operating-system': ['windows', 'mac osx', 'android', 'ios'],
  browser: ['chrome', 'firefox', 'safari'],
  referrer: ['https://example.com/', 'https://news.example.org/'],
};

/** Reads `filterBy[name]` and `filterBy[name][]` (deepObject) into an object; unknown names are a 400. */
function readFilters(url: URL): Record<string, string | string[]> | Response {
  const filters: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const match = /^filterBy\[([^\]]+)\](\[\])?$/.exec(name);
    if (!match) {
      if (name.startsWith('filterBy')) {
        return invalid('invalid-query-parameter', 'A query parameter is invalid.', name);
      }
      continue;
    }
    const key = match[1] as string;
    if (!filterNames.includes(key)) {
      return invalid('invalid-query-parameter', 'A query parameter is invalid.', `filterBy[${key}]`);
    }
    if (match[2]) {
      filters[key] = [...((filters[key] as string[] | undefined) ?? []), value];
    } else {
      filters[key] = value;
    }
  }
  return filters;
}

function timeframe(state: ApiVideoMockState, url: URL): Schemas['AnalyticsTimeframe'] | Response {
  const to = url.searchParams.get('to') ?? new Date(state.now()).toISOString();
  const from = url.searchParams.get('from') ?? new Date(Date.parse(to) - 86_400_000).toISOString();
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || Date.parse(from) >= Date.parse(to)) {
    return invalid('invalid-attribute', 'An attribute is invalid.', Number.isNaN(Date.parse(from)) ? 'from' : 'to', {
      detail: 'Send RFC 3339 date-times with from before to.',
    });
  }
  return { from, to };
}

function common(state: ApiVideoMockState, url: URL, mediaAllowed: boolean): Response | Schemas['AnalyticsTimeframe'] {
  const filters = readFilters(url);
  if (filters instanceof Response) {
    return filters;
  }
  if (!mediaAllowed && (filters.mediaId !== undefined || filters.mediaType !== undefined)) {
    return invalid('invalid-query-parameter', 'A query parameter is invalid.', 'filterBy', {
      detail: 'mediaId and mediaType are only accepted with play/total and play-total/media-id.',
    });
  }
  return timeframe(state, url);
}

/** Analytics (3 operations): deterministic values derived from the stored videos. */
export function apivideoAnalyticsHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  return {
    getAggregatedMetrics: apivideoRoute(state, ({ params, url }) => {
      const { metric = '', aggregation = '' } = params;
      if (!metrics.includes(metric) || !aggregations.includes(aggregation)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', metrics.includes(metric) ? 'aggregation' : 'metric');
      }
      const frame = common(state, url, metric === 'play' && aggregation === 'total');
      if (frame instanceof Response) {
        return frame;
      }
      return json<Schemas['AnalyticsAggregatedMetricsResponse']>({
        context: {
          metric: metric as Schemas['AnalyticsAggregatedMetric'],
          aggregation: aggregation as Schemas['AnalyticsAggregation'],
          timeframe: frame,
        },
        data: state.videos.size * 10 + metric.length,
      });
    }),
    getMetricsBreakdown: apivideoRoute(state, ({ params, url }) => {
      const { metric = '', breakdown = '' } = params;
      if (!breakdownMetrics.includes(metric) || !breakdowns.includes(breakdown)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', breakdownMetrics.includes(metric) ? 'breakdown' : 'metric');
      }
      const frame = common(state, url, metric === 'play-total' && breakdown === 'media-id');
      if (frame instanceof Response) {
        return frame;
      }
      const values = breakdown === 'media-id' ? [...state.videos.keys()] : (dimensionValues[breakdown] ?? []);
      const rows = values.map((dimensionValue, index) => ({ dimensionValue, metricValue: (values.length - index) * 3 }));
      const page = pageOf(sortItems(rows, url, 'metricValue'), url, `/data/buckets/${metric}/${breakdown}`);
      if (page instanceof Response) {
        return page;
      }
      return json<Schemas['AnalyticsMetricsBreakdownResponse']>({
        context: {
          metric: metric as Schemas['AnalyticsBreakdownMetric'],
          breakdown: breakdown as Schemas['AnalyticsBreakdown'],
          timeframe: frame,
        },
        ...page,
      });
    }),
    getMetricsOverTime: apivideoRoute(state, ({ params, url }) => {
      const metric = params.metric ?? '';
      if (!timeseriesMetrics.includes(metric)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'metric');
      }
      const frame = common(state, url, false);
      if (frame instanceof Response) {
        return frame;
      }
      const interval = (url.searchParams.get('interval') ?? 'hour') as Schemas['AnalyticsInterval'];
      const step = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }[interval];
      const start = Date.parse(frame.from ?? '');
      const end = Date.parse(frame.to ?? '');
      const points: Schemas['AnalyticsMetricsOverTimeResponse']['data'] = [];
      for (let at = start; at < end && points.length < 1000; at += step) {
        points.push({ emittedAt: new Date(at).toISOString(), metricValue: points.length % 5 });
      }
      const ordered = url.searchParams.get('sortOrder') === 'desc' ? points.reverse() : points;
      const page = pageOf(ordered, url, `/data/timeseries/${metric}`);
      if (page instanceof Response) {
        return page;
      }
      return json<Schemas['AnalyticsMetricsOverTimeResponse']>({
        context: { metric: metric as Schemas['AnalyticsTimeseriesMetric'], interval, timeframe: frame },
        ...page,
      });
    }),
  };
}
