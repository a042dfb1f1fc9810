import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's own checks of paging and bodies, on raw requests (some are also caught by the spec check first: either way a 400 naming the field).
useScriptixMock();
const auth = { authorization: `Bearer ${scriptixTestKey}` };

async function refusedField(method: string, path: string, json?: unknown) {
  const response = await fetch(`${scriptixBaseUrl}${path}`, {
    method,
    headers: { ...auth, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, text };
}

describe('Scriptix mock paging and body checks', () => {
  it.each([
    ['/speech-to-text/session?offset=-1', 'offset'],
    ['/speech-to-text/session?limit=0', 'limit'],
    ['/tokens?limit=abc', 'limit'],
    ['/documents?offset=x', 'offset'],
    ['/reseller/customer/4021/transcript?limit=5000', 'limit'],
    ['/custom_models?page=0', 'page'],
    ['/custom_models?per_page=101', 'per_page'],
    ['/custom_models?status=9', 'status'],
  ])('GET %s is refused naming %s', async (path, field) => {
    const answer = await refusedField('GET', path);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(field);
  });

  it.each([
    ['/custom_models', { language_id: 'nl' }, 'name'],
    ['/tokens', { type: 'batch' }, 'name'],
    ['/tokens', { name: 'ci', type: 'weekly' }, 'type'],
  ])('POST %s with %j is refused naming %s', async (path, body, field) => {
    const answer = await refusedField('POST', path, body);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(field);
  });

  it('lists an empty page past the end with the full total', async () => {
    await refusedField('POST', '/tokens', { name: 'one', type: 'batch' });
    const response = await fetch(`${scriptixBaseUrl}/tokens?offset=50&limit=10`, { headers: auth });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: unknown[]; count: number; total_results: number };
    expect(body.result).toEqual([]);
    expect(body.count).toBe(0);
    expect(body.total_results).toBeGreaterThan(0);
  });
});
