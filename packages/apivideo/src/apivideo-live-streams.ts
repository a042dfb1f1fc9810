import { ConfigurationError } from '@conduit/core';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import type { LiveStream, LiveStreamCreationPayload, LiveStreamUpdatePayload } from './apivideo-types.js';

/** Filters and sorting of `liveStreams.list`. */
export interface LiveStreamListQuery {
  /** Only the live stream with this stream key. */
  streamKey?: string | undefined;
  /** Only live streams with this name. */
  name?: string | undefined;
  /** Field to sort by. */
  sortBy?: 'name' | 'createdAt' | 'updatedAt' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const pageKeys = ['streamKey', 'name', 'sortBy', 'sortOrder', 'currentPage', 'pageSize'];
const payloadKeys = ['name', 'public', 'playerId', 'restreams'];

function checkRestreams(restreams: unknown, label: string): void {
  if (restreams === undefined) {
    return;
  }
  if (!Array.isArray(restreams) || restreams.length > 5) {
    throw new ConfigurationError(`${label}: restreams must be an array of at most 5 destinations.`);
  }
  for (const restream of restreams as Array<Record<string, unknown>>) {
    if (['name', 'serverUrl', 'streamKey'].some((key) => typeof restream?.[key] !== 'string' || restream[key] === '')) {
      throw new ConfigurationError(`${label}: every restream needs name, serverUrl and streamKey strings.`);
    }
  }
}

/** `client.liveStreams`: live stream containers (RTMP, RTMPS, SRT ingest), thumbnails and completion. */
export function createLiveStreamsNamespace(context: ApiVideoContext) {
  const { api, transport } = context;
  const path = (liveStreamId: string, label: string) => ({ liveStreamId: requireId(liveStreamId, 'liveStreamId', label) });

  const listPage = async (
    query?: LiveStreamListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<LiveStream>> => {
    const label = 'liveStreams.listPage';
    const params = checkObject(query, pageKeys, label) as LiveStreamListQuery & ApiVideoPageOptions;
    checkEnum(params.sortBy, ['name', 'createdAt', 'updatedAt'], 'sortBy', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/live-streams', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Iterates live streams (`GET /live-streams`). */
    list(
      query?: LiveStreamListQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<LiveStream, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'liveStreams.list') as LiveStreamListQuery &
        ApiVideoIterateOptions;
      return iteratePages(
        (paging) => listPage({ ...rest, ...paging }, options),
        { ...rest, maxItems },
        options?.signal,
        'liveStreams.list',
      );
    },
    /** One page of live streams (`GET /live-streams`). */
    listPage,
    /** Creates a live stream; broadcast to `rtmp://broadcast.api.video/s/{streamKey}` (`POST /live-streams`). */
    async create(payload: LiveStreamCreationPayload, options?: ApiVideoRequestOptions): Promise<LiveStream> {
      const label = 'liveStreams.create';
      const body = checkObject(payload, payloadKeys, label) as LiveStreamCreationPayload;
      if (typeof body.name !== 'string' || body.name.trim() === '') {
        throw new ConfigurationError(`${label}: name is required.`);
      }
      checkRestreams(body.restreams, label);
      return bodyOf(api.POST('/live-streams', { body, fetch: callFetch(transport, options, label) }));
    },
    /** One live stream (`GET /live-streams/{liveStreamId}`). */
    async get(liveStreamId: string, options?: ApiVideoRequestOptions): Promise<LiveStream> {
      return bodyOf(
        api.GET('/live-streams/{liveStreamId}', {
          params: { path: path(liveStreamId, 'liveStreams.get') },
          fetch: callFetch(transport, options, 'liveStreams.get'),
        }),
      );
    },
    /** Changes name, privacy, player or restreams (`PATCH /live-streams/{liveStreamId}`). */
    async update(liveStreamId: string, payload: LiveStreamUpdatePayload, options?: ApiVideoRequestOptions): Promise<LiveStream> {
      const label = 'liveStreams.update';
      const target = path(liveStreamId, label);
      const body = checkObject(payload, payloadKeys, label) as LiveStreamUpdatePayload;
      checkRestreams(body.restreams, label);
      return bodyOf(
        api.PATCH('/live-streams/{liveStreamId}', { params: { path: target }, body, fetch: callFetch(transport, options, label) }),
      );
    },
    /** Deletes a live stream (`DELETE /live-streams/{liveStreamId}`). */
    async delete(liveStreamId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/live-streams/{liveStreamId}', {
          params: { path: path(liveStreamId, 'liveStreams.delete') },
          fetch: callFetch(transport, options, 'liveStreams.delete'),
        }),
      );
    },
    /** Sets the thumbnail from a JPEG, PNG or WebP image of at most 8 MiB (`POST /live-streams/{liveStreamId}/thumbnail`). */
    async uploadThumbnail(
      liveStreamId: string,
      image: ApiVideoFileInput,
      options?: ApiVideoFileOptions & ApiVideoRequestOptions,
    ): Promise<LiveStream> {
      const label = 'liveStreams.uploadThumbnail';
      const target = path(liveStreamId, label);
      const { fileName, ...request } = options ?? {};
      const part = await readFilePart(image, ['image/jpeg', 'image/png', 'image/webp'], { fileName, label, maxBytes: 8 * 1_048_576 });
      return bodyOf(
        api.POST('/live-streams/{liveStreamId}/thumbnail', {
          params: { path: target },
          body: multipart(fileForm(part)),
          fetch: callFetch(transport, request, label),
        }),
      );
    },
    /** Removes the thumbnail (`DELETE /live-streams/{liveStreamId}/thumbnail`). */
    async deleteThumbnail(liveStreamId: string, options?: ApiVideoRequestOptions): Promise<LiveStream> {
      return bodyOf(
        api.DELETE('/live-streams/{liveStreamId}/thumbnail', {
          params: { path: path(liveStreamId, 'liveStreams.deleteThumbnail') },
          fetch: callFetch(transport, options, 'liveStreams.deleteThumbnail'),
        }),
      );
    },
    /** Ends a running broadcast: asynchronous, answers `202` (`PUT /live-streams/{liveStreamId}/complete`). */
    async complete(liveStreamId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.PUT('/live-streams/{liveStreamId}/complete', {
          params: { path: path(liveStreamId, 'liveStreams.complete') },
          fetch: callFetch(transport, options, 'liveStreams.complete'),
        }),
      );
    },
  };
}

/** The `liveStreams` namespace of an api.video client. */
export type ApiVideoLiveStreams = ReturnType<typeof createLiveStreamsNamespace>;
