import { callFetch, type HesedVidContext, type RequestOptions, requireVideoId } from './hesedvid-context.js';
import { openObjectSchema, unwrapBody } from './hesedvid-envelope.js';
import type { HesedVidAnalyticsReport } from './hesedvid-types.js';

/** `client.analytics`: segment-based delivery analytics (500 requests/h bucket). Payloads are not documented by HesedVid. */
export interface HesedVidAnalytics {
  /** Organization usage summary (`getUsageAnalytics`). */
  usage(options?: RequestOptions): Promise<HesedVidAnalyticsReport>;
  /** Segments served per day (`getDailyAnalytics`). */
  daily(options?: RequestOptions): Promise<HesedVidAnalyticsReport>;
  /** Storage and total duration (`getStorageAnalytics`). */
  storage(options?: RequestOptions): Promise<HesedVidAnalyticsReport>;
  /** Account-wide mix of delivered resolutions (`getResolutionDistribution`). */
  resolutionDistribution(options?: RequestOptions): Promise<HesedVidAnalyticsReport>;
  /** One video's resolution statistics (`getVideoAnalytics`). */
  video(videoId: string, options?: RequestOptions): Promise<HesedVidAnalyticsReport>;
}

type OrganizationReport =
  | '/{orgID}/analytics/usage'
  | '/{orgID}/analytics/daily'
  | '/{orgID}/analytics/storage'
  | '/{orgID}/analytics/resolution-distribution';

/** Builds `client.analytics` on a shared context. */
export function createAnalytics(context: HesedVidContext): HesedVidAnalytics {
  const organizationReport = async (path: OrganizationReport, label: string, options: RequestOptions | undefined) => {
    const fetch = callFetch(context, options, label);
    const result = await context.api.GET(path, { params: { path: { orgID: context.orgId } }, fetch });
    return unwrapBody(result, openObjectSchema, label);
  };
  return {
    usage: (options) => organizationReport('/{orgID}/analytics/usage', 'analytics.usage', options),
    daily: (options) => organizationReport('/{orgID}/analytics/daily', 'analytics.daily', options),
    storage: (options) => organizationReport('/{orgID}/analytics/storage', 'analytics.storage', options),
    resolutionDistribution: (options) =>
      organizationReport('/{orgID}/analytics/resolution-distribution', 'analytics.resolutionDistribution', options),
    async video(videoId, options) {
      const label = 'analytics.video';
      const id = requireVideoId(videoId, label);
      const result = await context.api.GET('/{orgID}/videos/{publicID}/analytics/resolution', {
        params: { path: { orgID: context.orgId, publicID: id } },
        fetch: callFetch(context, options, label),
      });
      return unwrapBody(result, openObjectSchema, label);
    },
  };
}
