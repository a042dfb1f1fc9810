import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's login and token routes on raw requests.
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

describe('Scriptix mock login and tokens', () => {
  it('answers the login routes with the spec example, without a key', async () => {
    const form = { username: 'ann', password: 'pw' };
    const headers = { authorization: '' };
    expect((await call('POST', '/auth/login?login_type=token', { form, headers })).body).toMatchObject({
      login: true,
      mfa_required: false,
    });
    expect((await call('POST', '/auth/login/mfa?login_type=token', { form: { ...form, totp_code: '123456' }, headers })).status).toBe(200);
    expect((await call('GET', '/auth/login/microsoft?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb', { headers })).status).toBe(302);
  });

  it('creates a token whose key is listed nowhere else', async () => {
    const created = await call('POST', '/tokens', { json: { name: 'ci', type: 'batch' } });
    expect(created.status).toBe(201);
    expect(String(created.body?.result?.key)).toMatch(/^token_batch/);
    const listed = await call('GET', '/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(String(created.body?.result?.key));
    expect(JSON.stringify(listed.body)).toContain('"name":"ci"');
  });

  it('revokes a deleted token’s key, and answers 404 for an unknown token', async () => {
    const created = await call('POST', '/tokens', { json: { name: 'ci', type: 'batch' } });
    const key = String(created.body?.result?.key);
    expect((await call('GET', '/account/me', { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    expect((await call('DELETE', `/tokens/${created.body?.result?.id}`)).status).toBe(204);
    const refused = await call('GET', '/account/me', { headers: { authorization: `Bearer ${key}` } });
    expect(refused).toMatchObject({ status: 401, body: { error_code: 'KEY_REVOKED' } });
    expect((await call('DELETE', '/tokens/999999')).status).toBe(404);
  });
});
