import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, invalid, json, notFound, pageOf, readJson, sortItems } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];
const maxTtl = 2_147_483_647;

/** Delegated upload tokens: list, create, get, delete. */
export function apivideoUploadTokenHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  return {
    listUploadTokens: apivideoRoute(state, ({ url }) => {
      const page = pageOf(sortItems([...state.uploadTokens.values()], url, 'createdAt'), url, '/upload-tokens');
      return page instanceof Response ? page : json<Schemas['UploadTokensListResponse']>(page);
    }),
    createUploadToken: apivideoRoute(state, async ({ request }) => {
      const body = await readJson(request, false);
      if (body instanceof Response) {
        return body;
      }
      const ttl = body.ttl ?? 0;
      if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0 || ttl > maxTtl) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'ttl', {
          detail: `This value should be between 0 and ${maxTtl}.`,
        });
      }
      const token: Schemas['UploadToken'] = {
        token: state.nextId('to'),
        ttl,
        createdAt: state.timestamp(),
        expiresAt: ttl === 0 ? null : state.timestamp(ttl * 1000),
      };
      state.uploadTokens.set(token.token, token);
      return json<Schemas['UploadToken']>(token);
    }),
    getUploadToken: apivideoRoute(state, ({ params }) => {
      const token = state.uploadTokens.get(params.uploadToken ?? '');
      return token ? json<Schemas['UploadToken']>(token) : notFound('uploadToken');
    }),
    deleteUploadToken: apivideoRoute(state, ({ params }) =>
      state.uploadTokens.delete(params.uploadToken ?? '') ? empty(204) : notFound('uploadToken'),
    ),
  };
}
