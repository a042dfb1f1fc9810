import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's login, token and partner routes on raw requests, including ones the client refuses to send.
useScriptixMock();
const auth = { authorization: `Bearer ${scriptixTestKey}` };

type Body = { result?: Record<string, unknown> & { length?: number }; error?: { details?: { field?: string } } } & Record<string, unknown>;

async function call(
  method: string,
  path: string,
  options: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...auth, ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  const response = await fetch(`${scriptixBaseUrl}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text.startsWith('{') ? JSON.parse(text) : undefined) as Body | undefined,
  };
}

const login = (form: Record<string, string>, path = '/auth/login') => call('POST', `${path}?login_type=token`, { form });

describe('Scriptix mock login', () => {
  it('names the missing field, refuses a wrong password and asks for MFA for an mfa user', async () => {
    expect((await login({ password: 'x' })).body?.error?.details?.field).toBe('username');
    expect((await login({ username: 'ann' })).body?.error?.details?.field).toBe('password');
    expect((await login({ username: 'ann', password: 'wrong' })).status).toBe(401);
    const plain = await login({ username: 'ann', password: 'pw' });
    expect(plain.body).toMatchObject({ login: true, mfa_required: false });
    expect(String(plain.body?.access_token)).toMatch(/^eyJ/);
    expect((await login({ username: 'mfa-bob', password: 'pw' })).body).toMatchObject({
      login: false,
      mfa_required: true,
      access_token: '',
    });
  });

  it('needs a 6-digit TOTP or a backup code on the MFA route', async () => {
    expect((await login({ username: 'mfa-bob', password: 'pw', totp_code: '12' }, '/auth/login/mfa')).body?.error?.details?.field).toBe(
      'totp_code',
    );
    expect((await login({ username: 'mfa-bob', password: 'pw', totp_code: '123456' }, '/auth/login/mfa')).body).toMatchObject({
      login: true,
    });
    expect((await login({ username: 'mfa-bob', password: 'pw', backup_code: 'abc-def' }, '/auth/login/mfa')).body).toMatchObject({
      login: true,
    });
  });

  it('redirects to Microsoft only for an absolute redirect URI', async () => {
    const redirected = await call('GET', '/auth/login/microsoft?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb');
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb',
    );
    expect((await call('GET', '/auth/login/microsoft?redirect_uri=%2Fcb')).body?.error?.details?.field).toBe('redirect_uri');
  });
});

describe('Scriptix mock tokens and partner routes', () => {
  it('creates a token whose key is listed nowhere else', async () => {
    const created = await call('POST', '/tokens', { json: { name: 'ci', type: 'batch' } });
    expect(created.status).toBe(201);
    expect(String(created.body?.result?.key)).toMatch(/^token_batch/);
    const listed = await call('GET', '/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(String(created.body?.result?.key));
    expect(JSON.stringify(listed.body)).toContain('"name":"ci"');
  });

  it('creates, filters and reads custom models, and answers 404 for an unknown one', async () => {
    const created = await call('POST', '/custom_models', { json: { name: 'legal', language_id: 'nl' } });
    expect(created.status).toBe(201);
    const id = created.body?.result?.id;
    expect((await call('GET', `/custom_models/${id}`)).body?.result).toMatchObject({ name: 'legal', language_id: 'nl' });
    expect((await call('GET', '/custom_models/999999')).status).toBe(404);
    const filtered = await call('GET', '/custom_models?status=1&base_model=nl-nl&page=1&per_page=10');
    expect(JSON.stringify(filtered.body)).toContain('"name":"legal"');
    expect(JSON.stringify((await call('GET', '/custom_models?status=2')).body)).not.toContain('"name":"legal"');
  });

  it('lists a customer’s transcripts sorted and filtered, and refuses a bad filter or an unknown customer', async () => {
    const customer = '/reseller/customer/4021/transcript';
    const ascending = await call('GET', `${customer}?direction=asc`);
    expect(ascending.status).toBe(200);
    const descending = await call('GET', `${customer}?direction=desc`);
    const ids = (answer: typeof ascending) => ((answer.body?.result ?? []) as unknown as Array<{ id: unknown }>).map((row) => row.id);
    expect(ids(descending)).toEqual([...ids(ascending)].reverse());
    expect((await call('GET', `${customer}?filter=novalue`)).body?.error?.details?.field).toBe('filter');
    expect((await call('GET', '/reseller/customer/0000/transcript')).status).toBe(404);
  });

  it('lists and reads a customer’s webhooks, with a search', async () => {
    const hooks = '/admin/customer/4021/webhooks';
    expect(JSON.stringify((await call('GET', `${hooks}?q=hooks.example.org`)).body)).toContain('hooks.example.org');
    expect(JSON.stringify((await call('GET', `${hooks}?q=nothing-like-this`)).body)).not.toContain('hooks.example.org');
    expect((await call('GET', `${hooks}/12`)).body?.result).toMatchObject({ id: 12 });
    expect((await call('GET', `${hooks}/999`)).status).toBe(404);
    expect((await call('GET', '/admin/customer/0000/webhooks')).status).toBe(404);
  });
});
