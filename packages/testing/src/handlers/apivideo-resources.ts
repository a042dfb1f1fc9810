import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import {
  type ApiVideoRouteContext,
  apivideoRoute,
  empty,
  imageKind,
  invalid,
  json,
  listed,
  notFound,
  problem,
  readForm,
} from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

/** Every webhook event type. */
export const apivideoMockWebhookEvents: readonly Schemas['WebhookEventType'][] = [
  'video.encoding.quality.completed',
  'video.source.recorded',
  'live-stream.broadcast.started',
  'live-stream.broadcast.ended',
  'video.caption.generated',
  'video.summary.generated',
];

/** Get and delete of one resource kept in `store` under the path parameter `id`. */
function getAndDelete<T>(state: ApiVideoMockState, store: Map<string, T>, id: string, get: string | undefined, remove: string) {
  return {
    ...(get && {
      [get]: apivideoRoute(state, ({ params }) => (store.has(params[id] ?? '') ? json(store.get(params[id] ?? '')) : notFound(id))),
    }),
    [remove]: apivideoRoute(state, ({ params }) => (store.delete(params[id] ?? '') ? empty(204) : notFound(id))),
  };
}

/** An image from a multipart `file` part, or the API's 400 (`kinds`: the accepted ones, `maxBytes`: the size limit). */
async function readImage(
  request: Request,
  record: Parameters<typeof readForm>[1],
  kinds: readonly string[],
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ kind: string; fields: Record<string, string> } | Response> {
  const form = await readForm(request, record);
  if (form instanceof Response) {
    return form;
  }
  if (form.file.size > maxBytes) {
    return invalid('uploaded-file-too-large', 'The uploaded file is too large.', 'file');
  }
  const kind = await imageKind(form.file);
  return kind !== undefined && kinds.includes(kind)
    ? { kind, fields: form.fields }
    : invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', {
        detail: `Send a ${kinds.map((name) => name.toUpperCase().replace('WEBP', 'WebP')).join(kinds.length > 2 ? ', ' : ' or ')} image.`,
      });
}

function liveAssets(liveStreamId: string, thumbnail: boolean): Schemas['LiveStreamAssets'] {
  return {
    iframe: `<iframe src="https://embed.api.video/live/${liveStreamId}" width="100%" height="100%" frameborder="0" scrolling="no" allowfullscreen=""></iframe>`,
    player: `https://embed.api.video/live/${liveStreamId}`,
    hls: `https://live.api.video/${liveStreamId}.m3u8`,
    ...(thumbnail ? { thumbnail: `https://live.api.video/${liveStreamId}/thumbnail.jpg` } : {}),
  };
}

/**
 * Player themes, live streams, watermarks, webhooks and upload tokens: stored resources with
 * create, get, update, delete and paginated lists; the spec's types, enums and ranges are checked by the kernel.
 */
export function apivideoResourceHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const stamp = <T extends object>(target: T, extra: object = {}): T => Object.assign(target, extra, { updatedAt: state.timestamp() });
  const withPlayer = (body: Record<string, unknown>, then: () => Response) =>
    body.playerId !== undefined && !state.players.has(String(body.playerId))
      ? invalid('invalid-attribute', 'This player does not exist.', 'playerId')
      : then();
  /** A route on the resource of `store` named by the path parameter `id` (`404` naming `id` when there is none). */
  const on =
    <T>(store: Map<string, T>, id: string) =>
    (handler: (found: T, context: ApiVideoRouteContext) => Response | Promise<Response>) =>
      apivideoRoute(state, (context) => {
        const found = store.get(context.params[id] ?? '');
        return found ? handler(found, context) : notFound(id);
      });
  const player = on(state.players, 'playerId');
  const stream = on(state.liveStreams, 'liveStreamId');
  return {
    listPlayerThemes: apivideoRoute(state, ({ url }) => listed([...state.players.values()], url, '/players', 'createdAt')),
    createPlayerTheme: apivideoRoute(state, ({ body }) => {
      const now = state.timestamp();
      const created: Schemas['PlayerTheme'] = {
        enableApi: true,
        enableControls: true,
        forceAutoplay: false,
        hideTitle: false,
        forceLoop: false,
        ...(body as Schemas['PlayerThemeSettings']),
        playerId: state.nextId('pl'),
        createdAt: now,
        updatedAt: now,
      };
      state.players.set(created.playerId, created);
      return json(created, 201);
    }),
    updatePlayerTheme: player((found, { body }) => json(stamp(found, body))),
    ...getAndDelete(state, state.players, 'playerId', 'getPlayerTheme', 'deletePlayerTheme'),
    uploadPlayerLogo: player(async (found, { request, record }) => {
      const image = await readImage(request, record, ['jpeg', 'png']);
      if (image instanceof Response) {
        return image;
      }
      const link = image.fields.link;
      if (link !== undefined && !URL.canParse(link)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'link');
      }
      const logo = `https://vod.api.video/players/${found.playerId}/logo.${image.kind}`;
      return json(stamp(found, { assets: { logo, ...(link === undefined ? {} : { link }) } }));
    }),
    deletePlayerLogo: player((found) => {
      delete found.assets;
      stamp(found);
      return empty(204);
    }),
    listLiveStreams: apivideoRoute(state, ({ url }) => {
      const [name, streamKey] = [url.searchParams.get('name'), url.searchParams.get('streamKey')];
      const items = [...state.liveStreams.values()].filter(
        (item) => (name === null || item.name === name) && (streamKey === null || item.streamKey === streamKey),
      );
      return listed(items, url, '/live-streams', 'createdAt');
    }),
    createLiveStream: apivideoRoute(state, ({ body }) =>
      withPlayer(body, () => {
        const liveStreamId = state.nextId('li');
        const now = state.timestamp();
        const created: Schemas['LiveStream'] = {
          liveStreamId,
          name: String(body.name),
          streamKey: state.nextId('').toLowerCase(),
          public: body.public !== false,
          ...(typeof body.playerId === 'string' ? { playerId: body.playerId } : {}),
          broadcasting: false,
          restreams: (body.restreams as Schemas['RestreamsRequestObject'][] | undefined) ?? [],
          assets: liveAssets(liveStreamId, false),
          createdAt: now,
          updatedAt: now,
        };
        state.liveStreams.set(liveStreamId, created);
        return json(created, 201);
      }),
    ),
    updateLiveStream: stream((found, { body }) => withPlayer(body, () => json(stamp(found, body)))),
    ...getAndDelete(state, state.liveStreams, 'liveStreamId', 'getLiveStream', 'deleteLiveStream'),
    uploadLiveStreamThumbnail: stream(async (found, { request, record }) => {
      const image = await readImage(request, record, ['jpeg', 'png', 'webp'], 8 * 1_048_576);
      return image instanceof Response ? image : json(stamp(found, { assets: liveAssets(found.liveStreamId, true) }));
    }),
    deleteLiveStreamThumbnail: stream((found) => json(stamp(found, { assets: liveAssets(found.liveStreamId, false) }))),
    completeLiveStream: stream((found) => {
      found.broadcasting = false;
      return empty(202);
    }),
    uploadWatermark: apivideoRoute(state, async ({ request, record }) => {
      const image = await readImage(request, record, ['jpeg', 'png']);
      if (image instanceof Response) {
        return image;
      }
      const watermark: Schemas['Watermark'] = { watermarkId: state.nextId('watermark_'), createdAt: state.timestamp() };
      state.watermarks.set(watermark.watermarkId ?? '', watermark);
      return json(watermark);
    }),
    listWatermarks: apivideoRoute(state, ({ url }) => listed([...state.watermarks.values()], url, '/watermarks', 'createdAt')),
    ...getAndDelete(state, state.watermarks, 'watermarkId', undefined, 'deleteWatermark'),
    listWebhooks: apivideoRoute(state, ({ url }) => {
      const event = url.searchParams.get('events') as Schemas['WebhookEventType'] | null;
      return listed(
        [...state.webhooks.values()].filter((webhook) => event === null || webhook.events?.includes(event)),
        url,
        '/webhooks',
      );
    }),
    createWebhook: apivideoRoute(state, ({ body }) => {
      if (!/^https?:\/\//i.test(String(body.url))) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'url', { detail: 'Use an http or https URL.' });
      }
      if (state.webhooks.size >= state.options.maxWebhooks) {
        return problem(400, 'webhook-limit-reached', 'Your account has reached the webhook urls limit.', { name: null });
      }
      const webhook: Schemas['Webhook'] = {
        webhookId: state.nextId('webhook_'),
        createdAt: state.timestamp(),
        events: body.events as Schemas['WebhookEventType'][],
        url: String(body.url),
        signatureSecret: state.nextId('sig_sec_'),
      };
      state.webhooks.set(webhook.webhookId ?? '', webhook);
      return json(webhook, 201);
    }),
    ...getAndDelete(state, state.webhooks, 'webhookId', 'getWebhook', 'deleteWebhook'),
    listUploadTokens: apivideoRoute(state, ({ url }) => listed([...state.uploadTokens.values()], url, '/upload-tokens', 'createdAt')),
    createUploadToken: apivideoRoute(state, ({ body }) => {
      const ttl = (body.ttl as number | undefined) ?? 0;
      const token: Schemas['UploadToken'] = {
        token: state.nextId('to'),
        ttl,
        createdAt: state.timestamp(),
        expiresAt: ttl === 0 ? null : state.timestamp(ttl * 1000),
      };
      state.uploadTokens.set(token.token, token);
      return json(token);
    }),
    ...getAndDelete(state, state.uploadTokens, 'uploadToken', 'getUploadToken', 'deleteUploadToken'),
  };
}
