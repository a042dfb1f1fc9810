import { type APIPromise, ConfigurationError, type RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoFileInput, type ApiVideoFileOptions, fileForm, multipart, readFilePart } from './apivideo-file.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
import type { PlayerTheme, PlayerThemeCreationPayload, PlayerThemeUpdatePayload } from './apivideo-types.js';

/** Sorting of `players.list`. */
export interface PlayerThemeListQuery {
  /** Field to sort by. */
  sortBy?: 'name' | 'createdAt' | 'updatedAt' | undefined;
  /** `asc` or `desc`. */
  sortOrder?: 'asc' | 'desc' | undefined;
}

const queryKeys = ['sortBy', 'sortOrder', ...pagingKeys];
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

/** Options of `players.uploadLogo`: the part's file name and the URL the logo opens. */
export interface PlayerLogoOptions extends ApiVideoFileOptions {
  /** Absolute URL opened when the logo is clicked. */
  link?: string | undefined;
}

/** `client.players`: player themes (colours, controls, logo). */
export function createPlayersNamespace(context: ApiVideoContext) {
  const { api } = context;
  const path = (playerId: string, label: string) => ({ playerId: requireId(playerId, 'playerId', label) });

  return {
    /** Player themes (`GET /players`): await for one page, or iterate every theme. */
    list(query?: PlayerThemeListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'players.list';
      return listCall<PlayerThemeListQuery, ApiVideoPage<PlayerTheme>>(context, {
        label,
        operation: apiVideoOperations.listPlayerThemes,
        options,
        check: () => {
          const given = splitPaging<PlayerThemeListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.sortBy, ['name', 'createdAt', 'updatedAt'], 'sortBy', label);
          checkEnum(given.query.sortOrder, ['asc', 'desc'], 'sortOrder', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/players', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Creates a player theme; omitted settings take their defaults (`POST /players`). */
    create(payload: PlayerThemeCreationPayload = {}, options?: RequestOptions): APIPromise<PlayerTheme> {
      const label = 'players.create';
      return jsonCall(context, label, options, (fetch) => {
        const body = checkObject(payload, settingKeys, label) as PlayerThemeCreationPayload;
        return api.POST('/players', { body, fetch });
      });
    },
    /** One player theme (`GET /players/{playerId}`). */
    get(playerId: string, options?: RequestOptions): APIPromise<PlayerTheme> {
      return jsonCall(context, 'players.get', options, (fetch) =>
        api.GET('/players/{playerId}', { params: { path: path(playerId, 'players.get') }, fetch }),
      );
    },
    /** Changes the given settings (`PATCH /players/{playerId}`). */
    update(playerId: string, payload: PlayerThemeUpdatePayload, options?: RequestOptions): APIPromise<PlayerTheme> {
      const label = 'players.update';
      return jsonCall(context, label, options, (fetch) => {
        const target = path(playerId, label);
        const body = checkObject(payload, settingKeys, label) as PlayerThemeUpdatePayload;
        return api.PATCH('/players/{playerId}', { params: { path: target }, body, fetch });
      });
    },
    /** Deletes a player theme (`DELETE /players/{playerId}`). */
    delete(playerId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'players.delete', options, (fetch) =>
        api.DELETE('/players/{playerId}', { params: { path: path(playerId, 'players.delete') }, fetch }),
      );
    },
    /** Uploads a JPEG or PNG logo and, optionally, the `link` it opens (`POST /players/{playerId}/logo`). */
    uploadLogo(playerId: string, image: ApiVideoFileInput, logo?: PlayerLogoOptions, options?: RequestOptions): APIPromise<PlayerTheme> {
      const label = 'players.uploadLogo';
      return jsonCall(context, label, options, async (fetch) => {
        const target = path(playerId, label);
        const { fileName, link } = checkObject(logo, ['fileName', 'link'], label) as PlayerLogoOptions;
        if (link !== undefined && !URL.canParse(link)) {
          throw new ConfigurationError(`${label}: link must be an absolute URL, got ${JSON.stringify(link)}.`);
        }
        const part = await readFilePart(image, ['image/jpeg', 'image/png'], { fileName, label });
        return api.POST('/players/{playerId}/logo', { params: { path: target }, body: multipart(fileForm(part, { link })), fetch });
      });
    },
    /** Removes the logo (`DELETE /players/{playerId}/logo`). */
    deleteLogo(playerId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'players.deleteLogo', options, (fetch) =>
        api.DELETE('/players/{playerId}/logo', { params: { path: path(playerId, 'players.deleteLogo') }, fetch }),
      );
    },
  };
}

/** The `players` namespace of an api.video client. */
export type ApiVideoPlayers = ReturnType<typeof createPlayersNamespace>;
