import type { components } from '@conduit/specs/scriptix';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { badRequest, fail, json, listEnvelope, scriptixErrorBody } from './scriptix-respond.js';
import { type ScriptixRouteInput, scriptixRoute } from './scriptix-route.js';
import type { ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];

const fakeJwt = (subject: string) =>
  `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${btoa(JSON.stringify({ sub: subject })).replace(/=+$/, '')}.c2lnbmF0dXJlbW9jaw`;

/**
 * login, loginWithMfa, loginWithMicrosoft (no key needed), createToken, listTokens, deleteToken
 * (getAccount is answered by the spec's example). Password `wrong` is refused; a user name starting
 * with `mfa` needs the MFA login.
 */
export function createScriptixAccountHandlers(state: ScriptixMockState): Record<string, MockRouteHandler> {
  // The kernel does not validate form-urlencoded bodies against the spec, so the login form is checked here.
  const login = (mfa: boolean) => (input: ScriptixRouteInput) => {
    const { username, password, totp_code, backup_code } = input.fields as Record<string, string | undefined>;
    if (!username || !password) {
      return badRequest(undefined, username ? 'password' : 'username', 'required (form-urlencoded)');
    }
    if (mfa && !/^\d{6}$/.test(totp_code ?? '') && !backup_code) {
      return badRequest(undefined, 'totp_code', 'a 6-digit totp_code or a backup_code is required');
    }
    if (password === 'wrong') {
      return HttpResponse.json(scriptixErrorBody(401, 'INVALID_CREDENTIALS', 'Invalid username or password') as Record<string, unknown>, {
        status: 401,
      });
    }
    const needsMfa = !mfa && username.startsWith('mfa');
    const answer: Schemas['LoginResult'] = {
      access_token: needsMfa ? '' : fakeJwt(username),
      login: !needsMfa,
      mfa_required: needsMfa,
      session_id: 'c2f1e0d9-8b7a-4c6d-9e5f-1a2b3c4d5e6f',
      signature: '6b86b273ff34fce19d6b804eff5a3f57',
    };
    return HttpResponse.json(answer);
  };

  return {
    login: scriptixRoute(login(false)),
    loginWithMfa: scriptixRoute(login(true)),
    loginWithMicrosoft: scriptixRoute(({ query }) => {
      const target = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?redirect_uri=${encodeURIComponent(query.get('redirect_uri') ?? '')}`;
      return new HttpResponse(null, { status: 302, headers: { Location: target } });
    }),
    createToken: scriptixRoute(({ fields, caller }) => {
      state.nextId++;
      const type = fields.type as Schemas['TokenType'];
      const token: Schemas['CreatedToken'] = {
        id: state.nextId,
        name: String(fields.name),
        type,
        created_at: new Date().toISOString(),
        key: `token_${type}${state.nextId.toString(36)}${Math.random().toString(36).slice(2, 12)}`,
      };
      state.tokens.set(String(token.id), token);
      return json(caller, { result: token }, 201);
    }),
    listTokens: scriptixRoute(({ url, caller }) =>
      json(
        caller,
        listEnvelope(
          [...state.tokens.values()].map(({ key: _key, ...token }) => token),
          url,
        ),
      ),
    ),
    deleteToken: scriptixRoute(({ params, caller }) => {
      const token = state.tokens.get(String(params.tokenId));
      if (!token) {
        return fail(caller, 404, 'Token not found');
      }
      state.tokens.delete(String(params.tokenId));
      state.revokedKeys.add(token.key);
      return new Response(null, { status: 204 });
    }),
  };
}
