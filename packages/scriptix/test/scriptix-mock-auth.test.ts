import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { fakeAudio } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's credential checks and per-key ownership, on raw requests.
useScriptixMock();

async function account(headers: Record<string, string>) {
  const response = await fetch(`${scriptixBaseUrl}/account/me`, { headers });
  const body = (await response.json()) as { error?: string; error_code?: string; message?: string };
  return { status: response.status, code: body.error_code, message: body.message };
}

describe('Scriptix mock credentials', () => {
  it('tells a missing key from an invalid one', async () => {
    expect(await account({})).toMatchObject({ status: 401, code: 'MISSING_API_KEY' });
    expect(await account({ authorization: 'Bearer' })).toMatchObject({ status: 401, code: 'INVALID_API_KEY' });
    expect(await account({ 'x-zoom-s2t-key': '   ' })).toMatchObject({ status: 401, code: 'INVALID_API_KEY' });
    expect(await account({ 'x-zoom-s2t-key': 'two words' })).toMatchObject({ status: 401, code: 'INVALID_API_KEY' });
  });

  it('refuses revoked and expired keys with their own codes and messages', async () => {
    expect(await account({ authorization: 'Bearer key-revoked-1' })).toMatchObject({ status: 401, code: 'KEY_REVOKED' });
    expect(await account({ 'x-zoom-s2t-key': 'key-expired-1' })).toMatchObject({
      status: 401,
      code: 'INVALID_API_KEY',
      message: 'The API key has expired',
    });
  });

  it('accepts the key in either header', async () => {
    expect((await fetch(`${scriptixBaseUrl}/account/me`, { headers: { 'x-zoom-s2t-key': scriptixTestKey } })).status).toBe(200);
    expect((await fetch(`${scriptixBaseUrl}/account/me`, { headers: { authorization: `bearer ${scriptixTestKey}` } })).status).toBe(200);
  });
});

describe('Scriptix mock ownership', () => {
  it('answers 403 to another key for a session, its document, its upload URL and its result', async () => {
    const { client } = createTestClient();
    const outcome = await client.transcribe(new File([fakeAudio(1600)], 'mine.mp3'), { language: 'en' });
    const documentId = String(outcome.document?.id ?? '');
    const other = { authorization: 'Bearer someone-else-key-42' };
    const session = `${scriptixBaseUrl}/speech-to-text/session/${outcome.session_id}`;
    expect((await fetch(session, { headers: other })).status).toBe(403);
    expect((await fetch(`${session}/result`, { headers: other })).status).toBe(403);
    expect((await fetch(`${session}/upload-url`, { method: 'POST', headers: other })).status).toBe(403);
    expect((await fetch(`${scriptixBaseUrl}/documents/${documentId}`, { headers: other })).status).toBe(403);
    expect((await fetch(`${session}`, { headers: { authorization: `Bearer ${scriptixTestKey}` } })).status).toBe(200);
  });
});
