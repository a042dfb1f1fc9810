import { ConfigurationError } from '@conduit/core';
import { checkEnum, checkObject } from './apivideo-checks.js';
import { type ApiVideoListOptions, pagingKeys } from './apivideo-pagination.js';

/** Filters and sorting of `videos.list` and `videos.listDiscarded`. Filters combine with AND. */
export interface VideoListQuery {
  /** Videos whose title contains this text. */
  title?: string | undefined;
  /** Videos carrying every one of these tags (sent as `tags[]=a&tags[]=b`). */
  tags?: readonly string[] | undefined;
  /** Videos having every one of these metadata pairs (sent as `metadata[key]=value`). */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Videos whose description contains this text. */
  description?: string | undefined;
  /** Recordings of this live stream. */
  liveStreamId?: string | undefined;
  /** Sort field. */
  sortBy?: 'title' | 'createdAt' | 'publishedAt' | 'updatedAt' | undefined;
  /** Sort direction. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const filterKeys = ['title', 'tags', 'metadata', 'description', 'liveStreamId', 'sortBy', 'sortOrder'];

/** Keys a video listing accepts. */
export const videoListKeys = [...filterKeys, ...pagingKeys];

/** The API query of a video listing (`tags` becomes the repeated `tags[]` parameter) and its paging options. */
export function videoQuery(query: (VideoListQuery & ApiVideoListOptions) | undefined, label: string) {
  const given = checkObject(query, videoListKeys, label) as VideoListQuery & ApiVideoListOptions;
  if (given.tags !== undefined && (!Array.isArray(given.tags) || given.tags.some((tag) => typeof tag !== 'string'))) {
    throw new ConfigurationError(`${label}: tags must be an array of strings.`);
  }
  if (
    given.metadata !== undefined &&
    (typeof given.metadata !== 'object' ||
      given.metadata === null ||
      Object.values(given.metadata).some((value) => typeof value !== 'string'))
  ) {
    throw new ConfigurationError(`${label}: metadata must be an object of string values, e.g. { Author: 'John Doe' }.`);
  }
  checkEnum(given.sortBy, ['title', 'createdAt', 'publishedAt', 'updatedAt'], 'sortBy', label);
  checkEnum(given.sortOrder, ['asc', 'desc'], 'sortOrder', label);
  return {
    query: {
      title: given.title,
      'tags[]': given.tags === undefined ? undefined : [...given.tags],
      metadata: given.metadata === undefined ? undefined : { ...given.metadata },
      description: given.description,
      liveStreamId: given.liveStreamId,
      sortBy: given.sortBy,
      sortOrder: given.sortOrder,
    },
    paging: { currentPage: given.currentPage, pageSize: given.pageSize, maxItems: given.maxItems },
  };
}
