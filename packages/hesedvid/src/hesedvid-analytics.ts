import { type APIPromise, callApi, type FetchResult, type RequestOptions, readJson } from '@conduit/core';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer, openObjectSchema } from './hesedvid-envelope.js';
import { requireVideoId } from './hesedvid-require-video-id.js';
import type { HesedVidAnalyticsReport } from './hesedvid-types.js';

/** `client.analytics`: segment-based delivery analytics (500 requests/h bucket). Payloads are not documented by HesedVid. */
export interface HesedVidAnalytics {
  /** Organization usage summary (`getUsageAnalytics`). */
  usage(options?: RequestOptions): APIPromise<HesedVidAnalyticsReport>;
  /** Segments served per day (`getDailyAnalytics`). */
  daily(options?: RequestOptions): APIPromise<HesedVidAnalyticsReport>;
  /** Storage and total duration (`getStorageAnalytics`). */
  storage(options?: RequestOptions): APIPromise<HesedVidAnalyticsReport>;
  /** Account-wide mix of delivered resolutions (`getResolutionDistribution`). */
  resolutionDistribution(options?: RequestOptions): APIPromise<HesedVidAnalyticsReport>;
  /** One video's resolution statistics (`getVideoAnalytics`). */
  video(videoId: string, options?: RequestOptions): APIPromise<HesedVidAnalyticsReport>;
}

type OrganizationReport =
  | '/{orgID}/analytics/usage'
  | '/{orgID}/analytics/daily'
  | '/{orgID}/analytics/storage'
  | '/{orgID}/analytics/resolution-distribution';

/** Builds `client.analytics` on a shared context. */
export function createAnalytics(context: HesedVidContext): HesedVidAnalytics {
  const readReport = (label: string) => (result: FetchResult) =>
    readJson<HesedVidAnalyticsReport>(result, hesedvidAnswer(label, openObjectSchema));
  const organizationReport = (path: OrganizationReport, label: string, options: RequestOptions | undefined) =>
    callApi(context.transport, {
      label,
      options,
      send: (fetch) => context.api.GET(path, { params: { path: { orgID: context.orgId } }, fetch }),
      read: readReport(label),
    });
  return {
    usage: (options) => organizationReport('/{orgID}/analytics/usage', 'analytics.usage', options),
    daily: (options) => organizationReport('/{orgID}/analytics/daily', 'analytics.daily', options),
    storage: (options) => organizationReport('/{orgID}/analytics/storage', 'analytics.storage', options),
    resolutionDistribution: (options) =>
      organizationReport('/{orgID}/analytics/resolution-distribution', 'analytics.resolutionDistribution', options),
    video(videoId, options) {
      const label = 'analytics.video';
      return callApi(context.transport, {
        label,
        options,
        send: (fetch) =>
          context.api.GET('/{orgID}/videos/{publicID}/analytics/resolution', {
            params: { path: { orgID: context.orgId, publicID: requireVideoId(videoId, label) } },
            fetch,
          }),
        read: readReport(label),
      });
    },
  };
}
