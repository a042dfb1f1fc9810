import { ConfigurationError } from '@conduit/core';
import { checkObject } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { multipart } from './apivideo-file.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import { createTrackNamespace, trackPath } from './apivideo-track-namespace.js';
import type { Caption } from './apivideo-types.js';

/** `client.captions`: WebVTT caption tracks of a video, one per language, one of them the default. */
export function createCaptionsNamespace(context: ApiVideoContext) {
  const { api, transport } = context;
  return {
    ...createTrackNamespace<Caption>(context, 'captions', {
      listPage: (videoId, query, fetch) => bodyOf(api.GET('/videos/{videoId}/captions', { params: { path: { videoId }, query }, fetch })),
      get: (path, fetch) => bodyOf(api.GET('/videos/{videoId}/captions/{language}', { params: { path }, fetch })),
      upload: (path, form, fetch) =>
        bodyOf(api.POST('/videos/{videoId}/captions/{language}', { params: { path }, body: multipart(form), fetch })),
      delete: (path, fetch) => noBody(api.DELETE('/videos/{videoId}/captions/{language}', { params: { path }, fetch })),
    }),
    /** Makes the track the default one, or not (`PATCH /videos/{videoId}/captions/{language}`). */
    async update(videoId: string, language: string, payload: { default: boolean }, options?: ApiVideoRequestOptions): Promise<Caption> {
      const label = 'captions.update';
      const target = trackPath(videoId, language, label);
      const body = checkObject(payload, ['default'], label) as { default: boolean };
      if (typeof body.default !== 'boolean') {
        throw new ConfigurationError(`${label}: default must be true or false.`);
      }
      return bodyOf(
        api.PATCH('/videos/{videoId}/captions/{language}', {
          params: { path: target },
          body: { default: body.default },
          fetch: callFetch(transport, options, label),
        }),
      );
    },
  };
}

/** The `captions` namespace of an api.video client. */
export type ApiVideoCaptions = ReturnType<typeof createCaptionsNamespace>;
