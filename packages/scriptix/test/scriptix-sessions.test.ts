import { AuthenticationError, NotFoundError, PermissionDeniedError } from '@conduit/core';
import { scriptixBaseUrl } from '@conduit/testing/scriptix';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createScriptixClient, TranscriptionFailedError } from '../src/index.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

const { mock, server } = useScriptixMock();

describe('sessions', () => {
  it('creates, reads and deletes a session', async () => {
    const { client } = createTestClient();
    const created = await client.sessions.create({
      language: 'en',
      punctuation: true,
      document: { document_type: 'caption', filename: 'ep42' },
    });
    expect(created.status).toBe('queued');
    const session = await client.sessions.get(created.session_id);
    expect(session).toMatchObject({ session_id: created.session_id, status: 'queued', language: 'en', filename: 'ep42' });
    await client.sessions.delete(created.session_id);
    await expect(client.sessions.get(created.session_id)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('lists every session across offset/limit pages', async () => {
    const { client } = createTestClient();
    const ids: string[] = [];
    for (let index = 0; index < 7; index++) {
      ids.push((await client.sessions.create({ language: 'nl' })).session_id);
    }
    const seen: string[] = [];
    for await (const session of client.sessions.list({ limit: 3 })) {
      seen.push(session.session_id);
    }
    expect(seen).toEqual(ids);
    const page = await client.sessions.listPage({ offset: 6, limit: 3 });
    expect(page).toMatchObject({ count: 1, total_results: 7 });
    expect(page.result).toHaveLength(1);
    const first = await client.sessions.list({ limit: 3 });
    expect(first).toMatchObject({ count: 3, total_results: 7 });
    const firstTwo: string[] = [];
    for await (const session of client.sessions.list({ limit: 5, maxItems: 2 })) {
      firstTwo.push(session.session_id);
    }
    expect(firstTwo).toEqual(ids.slice(0, 2));
  });

  it('moves queued → processing → done over polls once media_source is set, then returns the transcript', async () => {
    const { client, sleeps } = createTestClient({ pollInterval: 1500 });
    const { session_id: id } = await client.sessions.create({ language: 'en', media_source: 'https://media.example.org/episode-42.mp3' });
    const statuses: string[] = [];
    const done = await client.sessions.waitUntilDone(id, { onProgress: (session) => statuses.push(session.status) });
    expect(statuses).toEqual(['processing', 'done']);
    expect(sleeps).toEqual([1500]);
    expect(done.document?.type).toBe('document');
    const result = await client.sessions.result(id);
    // The result is the spec's example, for this session.
    expect(result).toMatchObject({ session_id: id, status: 'done', media_url: 'https://media.example.org/episode-42.mp3' });
    expect(result.results.map((segment) => segment.text)).toEqual(['Welcome to the show']);
    const again = await client.sessions.waitUntilDone(id, {}, { timeout: 5000 }).withResponse();
    expect(again.data.status).toBe('done');
    expect(again.response.status).toBe(200);
    await expect(client.sessions.waitUntilDone(id, { signal: new AbortController().signal } as never)).rejects.toThrow(
      /unknown option `signal`/,
    );
    expect(result.results[0]?.result[0]).toEqual(['Welcome', 0.52, 0.98, 0.97]);
  });

  it('accepts the result inside a v3 envelope as well', async () => {
    server.use(
      http.get(`${scriptixBaseUrl}/speech-to-text/session/:id/result`, () =>
        HttpResponse.json({ result: { session_id: 'abc', status: 'done', results: [{ result: [], text: 'hi', speaker: 'unk' }] } }),
      ),
    );
    const { client } = createTestClient();
    expect((await client.sessions.result('abc')).results[0]?.text).toBe('hi');
  });

  it('throws TranscriptionFailedError when a session fails', async () => {
    const { client } = createTestClient();
    const { session_id: id } = await client.sessions.create({ language: 'en' });
    const session = mock.state.sessions.get(id);
    session!.media = { bytes: new TextEncoder().encode('FAIL: corrupt'), contentType: 'audio/mpeg' };
    const error = await client.sessions.waitUntilDone(id).catch((caught: unknown) => caught);
    expect(TranscriptionFailedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ sessionId: id, sessionError: 'Media could not be decoded' });
  });

  it('only lets the creating token read a session (403), and types revoked keys', async () => {
    const { client } = createTestClient();
    const { session_id: id } = await client.sessions.create({ language: 'en' });
    const other = createScriptixClient({ apiKey: 'token_other0000000000', authHeader: 'x-zoom-s2t-key' });
    await expect(other.sessions.get(id)).rejects.toSatisfy(PermissionDeniedError.isInstance);
    const revoked = createScriptixClient({ apiKey: 'token_revoked000000000' });
    await expect(revoked.sessions.get(id)).rejects.toMatchObject({ name: 'AuthenticationError', code: 'KEY_REVOKED' });
  });

  it('turns a legacy error inside a 200 body into the typed error it names', async () => {
    server.use(
      http.get(`${scriptixBaseUrl}/speech-to-text/session/:id`, () =>
        HttpResponse.json({ error: 'Unauthorized', message: 'This API key has been revoked', error_code: 'KEY_REVOKED' }),
      ),
    );
    const { client } = createTestClient();
    const error = await client.sessions.get('abc').catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'KEY_REVOKED', message: 'This API key has been revoked' });
  });

  it('answers the documented 400 body when the server-side check fails', async () => {
    const { client } = createTestClient();
    const error = await client.api.POST('/speech-to-text/session', { body: { language: 'e' } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'BadRequestError', status: 400, details: { field: 'language' } });
  });
});
