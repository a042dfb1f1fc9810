import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, invalid, json, pageOf, sortItems } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

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

/**
 * Checks the `filterBy[name]` deepObject names (the kernel skips object parameters) and that
 * `mediaId`/`mediaType` come only where allowed, then reads the timeframe (default: the last day).
 */
function timeframe(state: ApiVideoMockState, url: URL, mediaAllowed: boolean): Schemas['AnalyticsTimeframe'] | Response {
  for (const [name] of url.searchParams) {
    const key = /^filterBy\[([^\]]+)\](\[\])?$/.exec(name)?.[1];
    if (name.startsWith('filterBy') && (key === undefined || !filterNames.includes(key))) {
      return invalid('invalid-query-parameter', 'A query parameter is invalid.', key === undefined ? name : `filterBy[${key}]`);
    }
    if (!mediaAllowed && (key === 'mediaId' || key === 'mediaType')) {
      return invalid('invalid-query-parameter', 'A query parameter is invalid.', 'filterBy', {
        detail: 'mediaId and mediaType are only accepted with play/total and play-total/media-id.',
      });
    }
  }
  const to = url.searchParams.get('to') ?? new Date(state.now()).toISOString();
  const from = url.searchParams.get('from') ?? new Date(Date.parse(to) - 86_400_000).toISOString();
  return Date.parse(from) < Date.parse(to)
    ? { from, to }
    : invalid('invalid-attribute', 'An attribute is invalid.', 'to', { detail: 'Send RFC 3339 date-times with from before to.' });
}

/** Analytics (3 operations): deterministic values derived from the stored videos. */
export function apivideoAnalyticsHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return {
    getAggregatedMetrics: apivideoRoute(state, ({ params: { metric = '', aggregation = '' }, url }) => {
      const frame = timeframe(state, url, metric === 'play' && aggregation === 'total');
      return frame instanceof Response
        ? frame
        : json({ context: { metric, aggregation, timeframe: frame }, data: state.videos.size * 10 + metric.length });
    }),
    getMetricsBreakdown: apivideoRoute(state, ({ params: { metric = '', breakdown = '' }, url }) => {
      const frame = timeframe(state, url, metric === 'play-total' && breakdown === 'media-id');
      if (frame instanceof Response) {
        return frame;
      }
      const values = breakdown === 'media-id' ? [...state.videos.keys()] : (dimensionValues[breakdown] ?? []);
      const rows = values.map((dimensionValue, index) => ({ dimensionValue, metricValue: (values.length - index) * 3 }));
      const page = pageOf(sortItems(rows, url, 'metricValue'), url, `/data/buckets/${metric}/${breakdown}`);
      return json({ context: { metric, breakdown, timeframe: frame }, ...page });
    }),
    getMetricsOverTime: apivideoRoute(state, ({ params: { metric = '' }, url }) => {
      const frame = timeframe(state, url, false);
      if (frame instanceof Response) {
        return frame;
      }
      const interval = (url.searchParams.get('interval') ?? 'hour') as Schemas['AnalyticsInterval'];
      const step = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }[interval];
      const points: Schemas['AnalyticsMetricsOverTimeResponse']['data'] = [];
      for (let at = Date.parse(frame.from ?? ''); at < Date.parse(frame.to ?? '') && points.length < 1000; at += step) {
        points.push({ emittedAt: new Date(at).toISOString(), metricValue: points.length % 5 });
      }
      const page = pageOf(url.searchParams.get('sortOrder') === 'desc' ? points.reverse() : points, url, `/data/timeseries/${metric}`);
      return json({ context: { metric, interval, timeframe: frame }, ...page });
    }),
  };
}
