import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, imageKind, invalid, json, notFound, pageOf, readForm, readJson, sortItems } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

function restreamProblem(value: unknown): Response | undefined {
  if (value === undefined) {
    return undefined;
  }
  const valid =
    Array.isArray(value) &&
    value.length <= 5 &&
    value.every((item) => ['name', 'serverUrl', 'streamKey'].every((key) => typeof item?.[key] === 'string' && item[key] !== ''));
  return valid
    ? undefined
    : invalid('invalid-attribute', 'An attribute is invalid.', 'restreams', {
        detail: 'At most 5 restreams, each with name, serverUrl and streamKey.',
      });
}

function payloadProblem(state: ApiVideoMockState, body: Record<string, unknown>, creating: boolean): Response | undefined {
  if (creating && (typeof body.name !== 'string' || body.name.trim() === '')) {
    return invalid('attribute-required', 'This attribute is required.', 'name');
  }
  if (body.public !== undefined && typeof body.public !== 'boolean') {
    return invalid('invalid-attribute', 'This attribute must be a boolean.', 'public');
  }
  if (body.playerId !== undefined && !state.players.has(String(body.playerId))) {
    return invalid('invalid-attribute', 'This player does not exist.', 'playerId');
  }
  return restreamProblem(body.restreams);
}

function assets(liveStreamId: string, thumbnail: boolean): Schemas['LiveStreamAssets'] {
  return {
    iframe: `<iframe src="https://embed.api.video/live/${liveStreamId}" width="100%" height="100%" frameborder="0" scrolling="no" allowfullscreen=""></iframe>`,
    player: `https://embed.api.video/live/${liveStreamId}`,
    hls: `https://live.api.video/${liveStreamId}.m3u8`,
    ...(thumbnail ? { thumbnail: `https://live.api.video/${liveStreamId}/thumbnail.jpg` } : {}),
  };
}

/** Live streams (8 operations): CRUD, thumbnail upload/delete and completion (202). */
export function apivideoLiveStreamHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  const find = (params: Record<string, string>) => state.liveStreams.get(params.liveStreamId ?? '');
  return {
    listLiveStreams: apivideoRoute(state, ({ url }) => {
      const name = url.searchParams.get('name');
      const streamKey = url.searchParams.get('streamKey');
      const items = [...state.liveStreams.values()].filter(
        (stream) => (name === null || stream.name === name) && (streamKey === null || stream.streamKey === streamKey),
      );
      const page = pageOf(sortItems(items, url, 'createdAt'), url, '/live-streams');
      return page instanceof Response ? page : json<Schemas['LiveStreamsListResponse']>(page);
    }),
    createLiveStream: apivideoRoute(state, async ({ request }) => {
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const bad = payloadProblem(state, body, true);
      if (bad) {
        return bad;
      }
      const liveStreamId = state.nextId('li');
      const now = state.timestamp();
      const stream: Schemas['LiveStream'] = {
        liveStreamId,
        name: String(body.name),
        streamKey: state.nextId('').toLowerCase(),
        public: body.public !== false,
        ...(typeof body.playerId === 'string' ? { playerId: body.playerId } : {}),
        broadcasting: false,
        restreams: (body.restreams as Schemas['RestreamsRequestObject'][] | undefined) ?? [],
        assets: assets(liveStreamId, false),
        createdAt: now,
        updatedAt: now,
      };
      state.liveStreams.set(liveStreamId, stream);
      return json<Schemas['LiveStream']>(stream, 201);
    }),
    getLiveStream: apivideoRoute(state, ({ params }) => {
      const stream = find(params);
      return stream ? json<Schemas['LiveStream']>(stream) : notFound('liveStreamId');
    }),
    updateLiveStream: apivideoRoute(state, async ({ params, request }) => {
      const stream = find(params);
      if (!stream) {
        return notFound('liveStreamId');
      }
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const bad = payloadProblem(state, body, false);
      if (bad) {
        return bad;
      }
      Object.assign(stream, body, { updatedAt: state.timestamp() });
      return json<Schemas['LiveStream']>(stream);
    }),
    deleteLiveStream: apivideoRoute(state, ({ params }) =>
      state.liveStreams.delete(params.liveStreamId ?? '') ? empty(204) : notFound('liveStreamId'),
    ),
    uploadLiveStreamThumbnail: apivideoRoute(state, async ({ params, request, record }) => {
      const stream = find(params);
      if (!stream) {
        return notFound('liveStreamId');
      }
      const form = await readForm(request, record);
      if (form instanceof Response) {
        return form;
      }
      if (form.file.size > 8 * 1_048_576) {
        return invalid('uploaded-file-too-large', 'The uploaded file is too large.', 'file');
      }
      if ((await imageKind(form.file)) === undefined) {
        return invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', {
          detail: 'Send a JPEG, PNG or WebP image.',
        });
      }
      stream.assets = assets(stream.liveStreamId, true);
      stream.updatedAt = state.timestamp();
      return json<Schemas['LiveStream']>(stream);
    }),
    deleteLiveStreamThumbnail: apivideoRoute(state, ({ params }) => {
      const stream = find(params);
      if (!stream) {
        return notFound('liveStreamId');
      }
      stream.assets = assets(stream.liveStreamId, false);
      stream.updatedAt = state.timestamp();
      return json<Schemas['LiveStream']>(stream);
    }),
    completeLiveStream: apivideoRoute(state, ({ params }) => {
      const stream = find(params);
      if (!stream) {
        return notFound('liveStreamId');
      }
      stream.broadcasting = false;
      return empty(202);
    }),
  };
}
