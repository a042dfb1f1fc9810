import { ConfigurationError } from '@conduit/core';
import type { components } from '@conduit/specs/apivideo';
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
import type { PlayerTheme, PlayerThemeCreationPayload, PlayerThemeUpdatePayload } from './apivideo-types.js';

/** Sorting of `players.list`. */
export interface PlayerThemeListQuery {
  /** Field to sort by. */
  sortBy?: 'name' | 'createdAt' | 'updatedAt' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const pageKeys = ['sortBy', 'sortOrder', 'currentPage', 'pageSize'];
const settingKeys = [
  'name',
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
  'enableApi',
  'enableControls',
  'forceAutoplay',
  'hideTitle',
  'forceLoop',
];

/** `client.players`: player themes (colours, controls, logo). */
export function createPlayersNamespace(context: ApiVideoContext) {
  const { api, transport } = context;
  const path = (playerId: string, label: string) => ({ playerId: requireId(playerId, 'playerId', label) });

  const listPage = async (
    query?: PlayerThemeListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<PlayerTheme>> => {
    const label = 'players.listPage';
    const params = checkObject(query, pageKeys, label) as PlayerThemeListQuery & ApiVideoPageOptions;
    checkEnum(params.sortBy, ['name', 'createdAt', 'updatedAt'], 'sortBy', label);
    checkEnum(params.sortOrder, ['asc', 'desc'], 'sortOrder', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/players', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Iterates player themes (`GET /players`). */
    list(
      query?: PlayerThemeListQuery & ApiVideoIterateOptions,
      options?: ApiVideoRequestOptions,
    ): AsyncGenerator<PlayerTheme, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'players.list') as PlayerThemeListQuery &
        ApiVideoIterateOptions;
      return iteratePages((paging) => listPage({ ...rest, ...paging }, options), { ...rest, maxItems }, options?.signal, 'players.list');
    },
    /** One page of player themes (`GET /players`). */
    listPage,
    /** Creates a player theme; omitted settings take their defaults (`POST /players`). */
    async create(payload: PlayerThemeCreationPayload = {}, options?: ApiVideoRequestOptions): Promise<PlayerTheme> {
      const label = 'players.create';
      const body = checkObject(payload, settingKeys, label) as components['schemas']['PlayerThemeCreationPayload'];
      return bodyOf(api.POST('/players', { body, fetch: callFetch(transport, options, label) }));
    },
    /** One player theme (`GET /players/{playerId}`). */
    async get(playerId: string, options?: ApiVideoRequestOptions): Promise<PlayerTheme> {
      return bodyOf(
        api.GET('/players/{playerId}', {
          params: { path: path(playerId, 'players.get') },
          fetch: callFetch(transport, options, 'players.get'),
        }),
      );
    },
    /** Changes the given settings (`PATCH /players/{playerId}`). */
    async update(playerId: string, payload: PlayerThemeUpdatePayload, options?: ApiVideoRequestOptions): Promise<PlayerTheme> {
      const label = 'players.update';
      const target = path(playerId, label);
      const body = checkObject(payload, settingKeys, label) as PlayerThemeUpdatePayload;
      return bodyOf(api.PATCH('/players/{playerId}', { params: { path: target }, body, fetch: callFetch(transport, options, label) }));
    },
    /** Deletes a player theme (`DELETE /players/{playerId}`). */
    async delete(playerId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/players/{playerId}', {
          params: { path: path(playerId, 'players.delete') },
          fetch: callFetch(transport, options, 'players.delete'),
        }),
      );
    },
    /** Uploads a JPEG or PNG logo and, optionally, the `link` it opens (`POST /players/{playerId}/logo`). */
    async uploadLogo(
      playerId: string,
      image: ApiVideoFileInput,
      options?: ApiVideoFileOptions & ApiVideoRequestOptions & { link?: string | undefined },
    ): Promise<PlayerTheme> {
      const label = 'players.uploadLogo';
      const target = path(playerId, label);
      const { fileName, link, ...request } = options ?? {};
      if (link !== undefined && !URL.canParse(link)) {
        throw new ConfigurationError(`${label}: link must be an absolute URL, got ${JSON.stringify(link)}.`);
      }
      const part = await readFilePart(image, ['image/jpeg', 'image/png'], { fileName, label });
      return bodyOf(
        api.POST('/players/{playerId}/logo', {
          params: { path: target },
          body: multipart(fileForm(part, { link })),
          fetch: callFetch(transport, request, label),
        }),
      );
    },
    /** Removes the logo (`DELETE /players/{playerId}/logo`). */
    async deleteLogo(playerId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/players/{playerId}/logo', {
          params: { path: path(playerId, 'players.deleteLogo') },
          fetch: callFetch(transport, options, 'players.deleteLogo'),
        }),
      );
    },
  };
}

/** The `players` namespace of an api.video client. */
export type ApiVideoPlayers = ReturnType<typeof createPlayersNamespace>;
