import type { components } from '@conduit/specs/scriptix';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { badRequest, fail, json, listEnvelope, readJson, readOffsetLimit, scriptixErrorBody } from './scriptix-respond.js';
import { scriptixRoute } from './scriptix-route.js';
import type { ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];

const fakeJwt = (subject: string) =>
  `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${btoa(JSON.stringify({ sub: subject })).replace(/=+$/, '')}.c2lnbmF0dXJlbW9jaw`;

async function readForm(request: Request): Promise<URLSearchParams | undefined> {
  if (!request.headers.get('content-type')?.includes('application/x-www-form-urlencoded')) {
    return undefined;
  }
  return new URLSearchParams(await request.text());
}

/** login, loginWithMfa, loginWithMicrosoft (no key needed), createToken, listTokens, deleteToken, getAccount. */
export function createScriptixAccountHandlers(state: ScriptixMockState): Record<string, MockRouteHandler> {
  const login =
    (mfa: boolean) =>
    async ({ request }: { request: Request }) => {
      if (new URL(request.url).searchParams.get('login_type') !== 'token') {
        return badRequest(undefined, 'login_type', 'must be token');
      }
      const form = await readForm(request);
      const username = form?.get('username');
      const password = form?.get('password');
      if (!username || !password) {
        return badRequest(undefined, username ? 'password' : 'username', 'required (form-urlencoded)');
      }
      if (password === 'wrong') {
        return HttpResponse.json(scriptixErrorBody(401, 'INVALID_CREDENTIALS', 'Invalid username or password') as Record<string, unknown>, {
          status: 401,
        });
      }
      if (mfa && !/^\d{6}$/.test(form?.get('totp_code') ?? '') && !form?.get('backup_code')) {
        return badRequest(undefined, 'totp_code', 'a 6-digit totp_code or a backup_code is required');
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
    loginWithMicrosoft: scriptixRoute(({ request }) => {
      const redirect = new URL(request.url).searchParams.get('redirect_uri');
      if (!redirect || !/^https?:\/\//.test(redirect)) {
        return badRequest(undefined, 'redirect_uri', 'required, an absolute URL');
      }
      const target = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?redirect_uri=${encodeURIComponent(redirect)}`;
      return new HttpResponse(null, { status: 302, headers: { Location: target } });
    }),

    createToken: scriptixRoute(async ({ request, caller }) => {
      const body = (await readJson(request)) as Partial<Schemas['CreateTokenRequest']> | undefined;
      if (typeof body?.name !== 'string' || body.name.length === 0) {
        return badRequest(caller, 'name', 'required');
      }
      if (body.type !== 'batch' && body.type !== 'realtime') {
        return badRequest(caller, 'type', 'must be batch or realtime');
      }
      state.nextId++;
      const token: Schemas['CreatedToken'] = {
        id: state.nextId,
        name: body.name,
        type: body.type,
        created_at: new Date().toISOString(),
        key: `token_${body.type}${state.nextId.toString(36)}${Math.random().toString(36).slice(2, 12)}`,
      };
      state.tokens.set(String(token.id), token);
      const answer: Schemas['TokenCreatedResponse'] = { result: token };
      return json(caller, answer, 201);
    }),

    listTokens: scriptixRoute(({ request, caller }) => {
      const page = readOffsetLimit(new URL(request.url), caller);
      if (page instanceof Response) {
        return page;
      }
      const tokens = [...state.tokens.values()].map(({ key: _key, ...token }) => token);
      const answer: Schemas['TokenListResponse'] = listEnvelope(tokens, page.offset, page.limit);
      return json(caller, answer);
    }),

    deleteToken: scriptixRoute(({ request, params, caller }) => {
      const token = state.tokens.get(String(params.tokenId));
      if (!token) {
        return fail(caller, 404, 'Token not found');
      }
      state.tokens.delete(String(params.tokenId));
      state.revokedKeys.add(token.key);
      return new Response(null, { status: 204, headers: caller.headers });
    }),

    getAccount: scriptixRoute(({ request, caller }) => {
      const answer: Schemas['AccountResponse'] = {
        result: { id: 5521, email: 'dev@example.org', organization_id: 310, role: 'DEVELOPER' },
      };
      return json(caller, answer);
    }),
  };
}
