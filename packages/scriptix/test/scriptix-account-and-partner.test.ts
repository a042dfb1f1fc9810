import { AuthenticationError, ConfigurationError, NotFoundError } from '@conduit/core';
import { scriptixOperations } from '@conduit/specs/scriptix';
import { scriptixDocument } from '@conduit/specs/scriptix/document';
import { specExample } from '@conduit/testing';
import { scriptixBaseUrl, scriptixErrorBody, scriptixTestKey } from '@conduit/testing/scriptix';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createScriptixClient } from '../src/index.js';
import { fakeAudio } from './helpers/fixtures.js';
import { createTestClient, fakeTime, useScriptixMock } from './helpers/mock-api.js';

const { mock, server } = useScriptixMock();
/** The spec's example answer of an operation: what the mock answers for the stateless ones. */
const example = <T = Record<string, unknown>>(operationId: keyof typeof scriptixOperations) =>
  specExample(scriptixDocument, scriptixOperations[operationId]).body as T;
/** Records the query of every GET to `path` (then lets the mock answer). */
function recordQueries(path: string) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${scriptixBaseUrl}${path}`, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return undefined;
    }),
  );
  return queries;
}

describe('auth (no key sent)', () => {
  it('logs in with a password, then with MFA, and the JWT works as a key', async () => {
    const { client } = createTestClient();
    const seen: Array<string | null> = [];
    const forms: string[] = [];
    let logins = 0;
    server.use(
      http.post(`${scriptixBaseUrl}/auth/login*`, async ({ request }) => {
        seen.push(request.headers.get('authorization'));
        forms.push(await request.clone().text());
        return undefined;
      }),
      // The second password login is an MFA account's: the server asks for the second factor.
      http.post(`${scriptixBaseUrl}/auth/login`, () =>
        ++logins === 2 ? HttpResponse.json({ ...example<object>('login'), access_token: '', login: false, mfa_required: true }) : undefined,
      ),
    );
    const plain = await client.auth.login({ username: 'dev@example.org', password: 'correct horse', remember_me: true });
    expect(plain).toEqual(example('login'));
    expect(new URLSearchParams(forms[0])).toEqual(
      new URLSearchParams({ username: 'dev@example.org', password: 'correct horse', remember_me: 'true' }),
    );
    const first = await client.auth.login({ username: 'mfa-dev@example.org', password: 'pw' });
    expect(first.mfa_required).toBe(true);
    const second = await client.auth.loginWithMfa({ username: 'mfa-dev@example.org', password: 'pw', totp_code: '492039' });
    expect(second.access_token).toMatch(/^eyJ/);
    expect(seen).toEqual([null, null, null]);
    const jwtClient = createScriptixClient({ apiKey: second.access_token });
    expect(await jwtClient.account.get()).toMatchObject({ role: 'DEVELOPER' });
  });

  it('refuses a wrong password with the typed error and builds the Microsoft SSO URL', async () => {
    const { client } = createTestClient();
    server.use(
      http.post(`${scriptixBaseUrl}/auth/login`, () =>
        HttpResponse.json(scriptixErrorBody(401, 'INVALID_CREDENTIALS', 'Invalid username or password'), { status: 401 }),
      ),
    );
    await expect(client.auth.login({ username: 'dev', password: 'wrong' })).rejects.toSatisfy(AuthenticationError.isInstance);
    const url = client.auth.microsoftLoginUrl('https://app.example.org/sso/callback');
    expect(url).toBe(`${scriptixBaseUrl}/auth/login/microsoft?redirect_uri=https%3A%2F%2Fapp.example.org%2Fsso%2Fcallback`);
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
  });
});

describe('auth.microsoftLoginUrl', () => {
  it('accepts only an http(s) URL (trimmed) and names the option otherwise', () => {
    const { client } = createTestClient();
    expect(client.auth.microsoftLoginUrl('  http://localhost:3000/cb\n')).toBe(
      `${scriptixBaseUrl}/auth/login/microsoft?redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb`,
    );
    for (const bad of ['ftp://example.org/cb', 'not a url', 42]) {
      expect(() => client.auth.microsoftLoginUrl(bad as string)).toThrow(ConfigurationError);
    }
    expect(() => client.auth.microsoftLoginUrl('ftp://example.org/cb')).toThrow(
      'Scriptix auth.microsoftLoginUrl `redirectUri`: the value is not valid.',
    );
    expect(() => client.auth.microsoftLoginUrl(42 as unknown as string)).toThrow(
      'Scriptix auth.microsoftLoginUrl `redirectUri`: the value must be a string.',
    );
  });
});

describe('tokens and account', () => {
  it('creates, lists and revokes tokens; a revoked token then fails with KEY_REVOKED', async () => {
    const { client } = createTestClient({ authHeader: 'x-zoom-s2t-key' });
    const created = await client.tokens.create({ name: 'Live captions', type: 'realtime' });
    expect(created).toMatchObject({ name: 'Live captions', type: 'realtime' });
    const listed = [];
    for await (const token of client.tokens.list()) {
      listed.push(token);
    }
    expect(listed).toEqual([{ id: created.id, name: 'Live captions', type: 'realtime', created_at: created.created_at }]);
    const tokenClient = createScriptixClient({ apiKey: created.key });
    await tokenClient.account.get();
    await client.tokens.delete(created.id);
    await expect(tokenClient.account.get()).rejects.toMatchObject({ name: 'AuthenticationError', code: 'KEY_REVOKED' });
    await expect(client.tokens.delete(created.id)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('sends the rate-limit headers the limiter reads and answers 429 beyond the limit', async () => {
    mock.state.rateLimit = { limit: 2, windowMs: 60_000 };
    const { client } = createTestClient({ maxRetries: 0 });
    const { response } = await client.api.GET('/account/me');
    expect(response.headers.get('x-ratelimit-limit')).toBe('2');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('1');
    await client.account.get();
    // A second client (no budget knowledge of its own) sends the third request of the window: the mock answers 429.
    const { client: other } = createTestClient({ maxRetries: 0 });
    const error = await other.account.get().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RateLimitError', code: 'RATE_LIMIT_EXCEEDED' });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
  });
});

describe('custom models, reseller and webhook admin', () => {
  it('creates, lists (page/per_page) and reads custom models', async () => {
    const { client } = createTestClient();
    const created = await client.customModels.create({ name: 'Legal Dutch', language_id: 12 });
    expect(created).toEqual(example<{ result: unknown }>('createCustomModel').result);
    const queries = recordQueries('/custom_models');
    const listed = [];
    for await (const model of client.customModels.list({ perPage: 2, status: 1 })) {
      listed.push(model.id);
    }
    expect(Object.fromEntries(queries[0] ?? [])).toEqual({ page: '1', per_page: '2', status: '1' });
    expect(listed).toEqual([88]);
    expect(await client.customModels.get(88)).toMatchObject({ id: 88, name: 'Legal Dutch' });
    await expect(client.customModels.list({ perPage: 101 })).rejects.toThrow(/perPage.*at most 100/);
  });

  it("lists a reseller customer's transcripts, sending the sorting and filters", async () => {
    const { client } = createTestClient();
    const queries = recordQueries('/reseller/customer/4021/transcript');
    const rows = [];
    for await (const row of client.reseller.listTranscripts(4021, { direction: 'desc', sort: 'created_at', limit: 1 })) {
      rows.push(row.filename);
    }
    expect(rows).toEqual(['interview.mp3']);
    expect(Object.fromEntries(queries[0] ?? [])).toEqual({ direction: 'desc', sort: 'created_at', offset: '0', limit: '1' });
    const page = await client.reseller.listTranscriptsPage(4021, { filter: ['language=en'] });
    expect(queries[1]?.getAll('filter')).toEqual(['language=en']);
    expect(page).toEqual(example('listCustomerTranscripts'));
  });

  it("lists and reads a customer's webhooks", async () => {
    const { client } = createTestClient();
    const queries = recordQueries('/admin/customer/4021/webhooks');
    const hooks = [];
    for await (const hook of client.webhookAdmin.list(4021, { q: 'hooks.example.org' })) {
      hooks.push(hook);
    }
    expect(queries[0]?.get('q')).toBe('hooks.example.org');
    expect(hooks).toEqual([{ id: 12, url: 'https://hooks.example.org/scriptix', method: 'POST', created_at: '2024-01-05T08:00:00Z' }]);
    expect(await client.webhookAdmin.get(4021, 12)).toMatchObject({ id: 12 });
  });
});

describe('realtime control (v4) and the one-shot upload', () => {
  it('initializes realtime and reads its status on the v4 base URL', async () => {
    const { client } = createTestClient();
    mock.state.realtimeEndpoint = 'wss://realtime.scriptix.io/v2/realtime';
    expect(await client.realtime.initialize()).toEqual({
      status: 'ready',
      message: 'Realtime service initialized',
      ready: true,
      endpoint: mock.state.realtimeEndpoint,
    });
    expect(await client.realtime.status()).toMatchObject({ ready: true });
  });

  it('uploads and creates a session with the multipart transcribeFile (unverified)', async () => {
    const { client } = createTestClient();
    let contentType: string | null = null;
    let fields: Record<string, unknown> = {};
    server.use(
      http.post(`${scriptixBaseUrl}/speech-to-text`, async ({ request }) => {
        contentType = request.headers.get('content-type');
        const form = await request.clone().formData();
        fields = { language: form.get('language'), file: (form.get('file') as File).name };
        return undefined;
      }),
    );
    const { session_id: id } = await client.uploads.transcribeFile({
      file: new File([fakeAudio(100)], 'memo.wav', { type: 'audio/wav' }),
      language: 'en',
    });
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(fields).toEqual({ language: 'en', file: 'memo.wav' });
    expect(id).toBe(example('transcribeFile').session_id);
    server.use(
      http.post(`${scriptixBaseUrl}/speech-to-text`, () => HttpResponse.json({ result: { session_id: 'wrapped', status: 'queued' } })),
    );
    expect(await client.uploads.transcribeFile({ file: new Blob([fakeAudio(2)]), language: 'en' })).toEqual({
      session_id: 'wrapped',
      status: 'queued',
    });
  });

  it('accepts either auth header on every route (x-zoom-s2t-key here)', async () => {
    const client = createScriptixClient({ apiKey: scriptixTestKey, authHeader: 'x-zoom-s2t-key', ...fakeTime() });
    const outcome = await client.transcribe({ url: 'https://media.example.org/a.mp3' }, { language: 'en' });
    expect(outcome.status).toBe('done');
  });
});
