import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, isAcceptedKey, json, problem } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type AccessToken = components['schemas']['AccessToken'];

function base64Url(text: string): string {
  return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function issue(state: ApiVideoMockState, key: string): AccessToken {
  const id = state.nextId('');
  const issuedAt = Math.floor(state.now() / 1000);
  const accessToken = `${base64Url('{"typ":"JWT","alg":"RS256"}')}.${base64Url(JSON.stringify({ aud: 'library', iat: issuedAt, exp: issuedAt + 3600, jti: id }))}.${base64Url(`sig-${id}`)}`;
  const refreshToken = `def502${id}${issuedAt.toString(16)}`;
  state.accessTokens.set(accessToken, { expiresAt: state.now() + 3_600_000, key });
  state.refreshTokens.set(refreshToken, key);
  return { access_token: accessToken, refresh_token: refreshToken, token_type: 'Bearer', expires_in: 3600 };
}

const invalidCredentials = () =>
  problem(400, 'authentication-invalid-user-credentials', 'The user credentials were incorrect.', { name: '' });

/** `POST /auth/api-key` (key -> bearer token pair) and `POST /auth/refresh` (refresh token -> new pair). No Authorization needed. */
export function apivideoAuthHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return {
    authenticate: apivideoRoute(state, ({ body }) =>
      isAcceptedKey(String(body.apiKey)) ? json<AccessToken>(issue(state, String(body.apiKey))) : invalidCredentials(),
    ),
    refreshAccessToken: apivideoRoute(state, ({ body }) => {
      const key = state.refreshTokens.get(String(body.refreshToken));
      return state.refreshTokens.delete(String(body.refreshToken)) && key !== undefined
        ? json<AccessToken>(issue(state, key))
        : invalidCredentials();
    }),
  };
}
