import { type APIPromise, ConfigurationError, type RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { jsonCall } from './apivideo-call.js';
import { checkObject } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { multipart } from './apivideo-file.js';
import { createTrackNamespace, trackPath } from './apivideo-track-namespace.js';
import type { Caption } from './apivideo-types.js';

/** `client.captions`: WebVTT caption tracks of a video, one per language, one of them the default. */
export function createCaptionsNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    ...createTrackNamespace<Caption>(context, 'captions', {
      listOperation: apiVideoOperations.listCaptions,
      list: (videoId, query, fetch) => api.GET('/videos/{videoId}/captions', { params: { path: { videoId }, query }, fetch }),
      get: (path, fetch) => api.GET('/videos/{videoId}/captions/{language}', { params: { path }, fetch }),
      upload: (path, form, fetch) => api.POST('/videos/{videoId}/captions/{language}', { params: { path }, body: multipart(form), fetch }),
      delete: (path, fetch) => api.DELETE('/videos/{videoId}/captions/{language}', { params: { path }, fetch }),
    }),
    /** Makes the track the default one, or not (`PATCH /videos/{videoId}/captions/{language}`). */
    update(videoId: string, language: string, payload: { default: boolean }, options?: RequestOptions): APIPromise<Caption> {
      const label = 'captions.update';
      return jsonCall(context, label, options, (fetch) => {
        const target = trackPath(videoId, language, label);
        const body = checkObject(payload, ['default'], label) as { default: boolean };
        if (typeof body.default !== 'boolean') {
          throw new ConfigurationError(`${label}: default must be true or false.`);
        }
        return api.PATCH('/videos/{videoId}/captions/{language}', { params: { path: target }, body: { default: body.default }, fetch });
      });
    },
  };
}

/** The `captions` namespace of an api.video client. */
export type ApiVideoCaptions = ReturnType<typeof createCaptionsNamespace>;
