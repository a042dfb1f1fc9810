import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, imageKind, invalid, json, notFound, pageOf, readForm, readJson, sortItems } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

const colourKeys = [
  'text',
  'link',
  'linkHover',
  'linkActive',
  'trackPlayed',
  'trackUnplayed',
  'trackBackground',
  'backgroundTop',
  'backgroundBottom',
  'backgroundText',
];
const flagKeys = ['enableApi', 'enableControls', 'forceAutoplay', 'hideTitle', 'forceLoop'];

function settingsProblem(body: Record<string, unknown>): Response | undefined {
  for (const key of Object.keys(body)) {
    if (key !== 'name' && !colourKeys.includes(key) && !flagKeys.includes(key)) {
      return invalid('invalid-attribute', 'This attribute does not exist.', key);
    }
  }
  for (const key of ['name', ...colourKeys]) {
    if (body[key] !== undefined && typeof body[key] !== 'string') {
      return invalid('invalid-attribute', 'This attribute must be a string.', key);
    }
  }
  for (const key of flagKeys) {
    if (body[key] !== undefined && typeof body[key] !== 'boolean') {
      return invalid('invalid-attribute', 'This attribute must be a boolean.', key);
    }
  }
  return undefined;
}

/** Player themes (7 operations): CRUD and logo upload/delete. */
export function apivideoPlayerHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  const find = (params: Record<string, string>) => state.players.get(params.playerId ?? '');
  return {
    listPlayerThemes: apivideoRoute(state, ({ url }) => {
      const page = pageOf(sortItems([...state.players.values()], url, 'createdAt'), url, '/players');
      return page instanceof Response ? page : json<Schemas['PlayerThemesListResponse']>(page);
    }),
    createPlayerTheme: apivideoRoute(state, async ({ request }) => {
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const bad = settingsProblem(body);
      if (bad) {
        return bad;
      }
      const now = state.timestamp();
      const player: Schemas['PlayerTheme'] = {
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
      state.players.set(player.playerId, player);
      return json<Schemas['PlayerTheme']>(player, 201);
    }),
    getPlayerTheme: apivideoRoute(state, ({ params }) => {
      const player = find(params);
      return player ? json<Schemas['PlayerTheme']>(player) : notFound('playerId');
    }),
    updatePlayerTheme: apivideoRoute(state, async ({ params, request }) => {
      const player = find(params);
      if (!player) {
        return notFound('playerId');
      }
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const bad = settingsProblem(body);
      if (bad) {
        return bad;
      }
      Object.assign(player, body, { updatedAt: state.timestamp() });
      return json<Schemas['PlayerTheme']>(player);
    }),
    deletePlayerTheme: apivideoRoute(state, ({ params }) =>
      state.players.delete(params.playerId ?? '') ? empty(204) : notFound('playerId'),
    ),
    uploadPlayerLogo: apivideoRoute(state, async ({ params, request, record }) => {
      const player = find(params);
      if (!player) {
        return notFound('playerId');
      }
      const form = await readForm(request, record);
      if (form instanceof Response) {
        return form;
      }
      const kind = await imageKind(form.file);
      if (kind !== 'jpeg' && kind !== 'png') {
        return invalid('uploaded-file-invalid-file', 'The uploaded file is invalid.', 'file', { detail: 'Send a JPEG or PNG image.' });
      }
      const link = form.fields.link;
      if (link !== undefined && !URL.canParse(link)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'link');
      }
      player.assets = { logo: `https://vod.api.video/players/${player.playerId}/logo.${kind}`, ...(link === undefined ? {} : { link }) };
      player.updatedAt = state.timestamp();
      return json<Schemas['PlayerTheme']>(player);
    }),
    deletePlayerLogo: apivideoRoute(state, ({ params }) => {
      const player = find(params);
      if (!player) {
        return notFound('playerId');
      }
      delete player.assets;
      player.updatedAt = state.timestamp();
      return empty(204);
    }),
  };
}
