import { ConfigurationError } from '@conduit/core';
import type { components } from '@conduit/specs/apivideo';
import { checkEnum, checkObject } from './apivideo-checks.js';

/** Analytics filters (`filterBy[...]`, deepObject-encoded). */
export type AnalyticsFilter = components['schemas']['AnalyticsFilterBy'];

/** Timeframe and filters shared by the analytics calls. */
export interface AnalyticsQuery {
  /** Start of the timeframe (RFC 3339 string or Date); default one day before `to`, at most 30 days back. */
  from?: string | Date | undefined;
  /** End of the timeframe, exclusive (default now). */
  to?: string | Date | undefined;
  /** Count unique viewers instead of events, where the metric supports it. */
  unique?: boolean | undefined;
  /** Minimum watch time for a play to count as a `view`. */
  viewDuration?: '3s' | '5s' | '10s' | '30s' | undefined;
  /** Filters, sent as `filterBy[country][]=FR&filterBy[tag]=...`. */
  filterBy?: AnalyticsFilter | undefined;
}

const filterKeys = ['mediaId', 'mediaType', 'continent', 'country', 'deviceType', 'operatingSystem', 'browser', 'tag', 'referrer'];
const arrayFilters = ['mediaId', 'continent', 'country', 'deviceType', 'operatingSystem', 'browser'];
const continents = ['AS', 'AF', 'NA', 'SA', 'AN', 'EU', 'AZ'];

function toDateTime(value: string | Date | undefined, name: string, label: string): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()) || (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}T/.test(value))) {
    throw new ConfigurationError(`${label}: ${name} must be a Date or an RFC 3339 date-time such as "2024-02-05T00:00:00+01:00".`);
  }
  return typeof value === 'string' ? value : date.toISOString();
}

/**
 * Checks and shapes an analytics query. `mediaId`/`mediaType` filters are accepted by the API
 * only on `play`/`total` metrics and the `play-total`/`media-id` breakdown (`mediaAllowed`).
 */
export function analyticsQuery<Query extends AnalyticsQuery>(
  query: Query | undefined,
  extraKeys: readonly string[],
  mediaAllowed: boolean,
  label: string,
): Omit<Query, 'from' | 'to' | 'filterBy'> & { from: string | undefined; to: string | undefined; filterBy: AnalyticsFilter | undefined } {
  const given = checkObject(query, ['from', 'to', 'unique', 'viewDuration', 'filterBy', ...extraKeys], label) as Query;
  checkEnum(given.viewDuration, ['3s', '5s', '10s', '30s'], 'viewDuration', label);
  if (given.unique !== undefined && typeof given.unique !== 'boolean') {
    throw new ConfigurationError(`${label}: unique must be true or false.`);
  }
  const filterBy = checkObject(given.filterBy, filterKeys, `${label} filterBy`) as AnalyticsFilter;
  for (const key of arrayFilters) {
    const value = (filterBy as Record<string, unknown>)[key];
    if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) {
      throw new ConfigurationError(`${label}: filterBy.${key} must be an array of strings.`);
    }
  }
  if (filterBy.continent?.some((item) => !continents.includes(item))) {
    throw new ConfigurationError(`${label}: filterBy.continent takes ${continents.join(', ')}.`);
  }
  checkEnum(filterBy.mediaType, ['video', 'live-stream'], 'filterBy.mediaType', label);
  if (!mediaAllowed && (filterBy.mediaId !== undefined || filterBy.mediaType !== undefined)) {
    throw new ConfigurationError(
      `${label}: the mediaId and mediaType filters only work with play/total and the play-total/media-id breakdown.`,
    );
  }
  return {
    ...given,
    from: toDateTime(given.from, 'from', label),
    to: toDateTime(given.to, 'to', label),
    filterBy: Object.keys(filterBy).length === 0 ? undefined : filterBy,
  };
}
