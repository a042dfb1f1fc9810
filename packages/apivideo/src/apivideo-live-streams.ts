import { type APIPromise, ConfigurationError, type RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, checkFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
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

const queryKeys = ['streamKey', 'name', 'sortBy', 'sortOrder', ...pagingKeys];
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
  const { api } = context;
  const path = (liveStreamId: string, label: string) => ({ liveStreamId: requireId(liveStreamId, 'liveStreamId', label) });

  return {
    /** Live streams (`GET /live-streams`): await for one page, or iterate every live stream. */
    list(query?: LiveStreamListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'liveStreams.list';
      return listCall<LiveStreamListQuery, ApiVideoPage<LiveStream>>(context, {
        label,
        operation: apiVideoOperations.listLiveStreams,
        options,
        check: () => {
          const given = splitPaging<LiveStreamListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.sortBy, ['name', 'createdAt', 'updatedAt'], 'sortBy', label);
          checkEnum(given.query.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/live-streams', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Creates a live stream; broadcast to `rtmp://broadcast.api.video/s/{streamKey}` (`POST /live-streams`). */
    create(payload: LiveStreamCreationPayload, options?: RequestOptions): APIPromise<LiveStream> {
      const label = 'liveStreams.create';
      return jsonCall(context, label, options, (fetch) => {
        const body = checkObject(payload, payloadKeys, label) as LiveStreamCreationPayload;
        if (typeof body.name !== 'string' || body.name.trim() === '') {
          throw new ConfigurationError(`${label}: name is required.`);
        }
        checkRestreams(body.restreams, label);
        return api.POST('/live-streams', { body, fetch });
      });
    },
    /** One live stream (`GET /live-streams/{liveStreamId}`). */
    get(liveStreamId: string, options?: RequestOptions): APIPromise<LiveStream> {
      return jsonCall(context, 'liveStreams.get', options, (fetch) =>
        api.GET('/live-streams/{liveStreamId}', { params: { path: path(liveStreamId, 'liveStreams.get') }, fetch }),
      );
    },
    /** Changes name, privacy, player or restreams (`PATCH /live-streams/{liveStreamId}`). */
    update(liveStreamId: string, payload: LiveStreamUpdatePayload, options?: RequestOptions): APIPromise<LiveStream> {
      const label = 'liveStreams.update';
      return jsonCall(context, label, options, (fetch) => {
        const target = path(liveStreamId, label);
        const body = checkObject(payload, payloadKeys, label) as LiveStreamUpdatePayload;
        checkRestreams(body.restreams, label);
        return api.PATCH('/live-streams/{liveStreamId}', { params: { path: target }, body, fetch });
      });
    },
    /** Deletes a live stream (`DELETE /live-streams/{liveStreamId}`). */
    delete(liveStreamId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'liveStreams.delete', options, (fetch) =>
        api.DELETE('/live-streams/{liveStreamId}', { params: { path: path(liveStreamId, 'liveStreams.delete') }, fetch }),
      );
    },
    /** Sets the thumbnail from a JPEG, PNG or WebP image of at most 8 MiB (`POST /live-streams/{liveStreamId}/thumbnail`). */
    uploadThumbnail(
      liveStreamId: string,
      image: ApiVideoFileInput,
      file?: ApiVideoFileOptions,
      options?: RequestOptions,
    ): APIPromise<LiveStream> {
      const label = 'liveStreams.uploadThumbnail';
      return jsonCall(context, label, options, async (fetch) => {
        const target = path(liveStreamId, label);
        const part = await readFilePart(image, ['image/jpeg', 'image/png', 'image/webp'], {
          ...checkFileOptions(file, label),
          label,
          maxBytes: 8 * 1_048_576,
        });
        return api.POST('/live-streams/{liveStreamId}/thumbnail', { params: { path: target }, body: multipart(fileForm(part)), fetch });
      });
    },
    /** Removes the thumbnail (`DELETE /live-streams/{liveStreamId}/thumbnail`). */
    deleteThumbnail(liveStreamId: string, options?: RequestOptions): APIPromise<LiveStream> {
      return jsonCall(context, 'liveStreams.deleteThumbnail', options, (fetch) =>
        api.DELETE('/live-streams/{liveStreamId}/thumbnail', {
          params: { path: path(liveStreamId, 'liveStreams.deleteThumbnail') },
          fetch,
        }),
      );
    },
    /** Ends a running broadcast: asynchronous, answers `202` (`PUT /live-streams/{liveStreamId}/complete`). */
    complete(liveStreamId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'liveStreams.complete', options, (fetch) =>
        api.PUT('/live-streams/{liveStreamId}/complete', { params: { path: path(liveStreamId, 'liveStreams.complete') }, fetch }),
      );
    },
  };
}

/** The `liveStreams` namespace of an api.video client. */
export type ApiVideoLiveStreams = ReturnType<typeof createLiveStreamsNamespace>;
