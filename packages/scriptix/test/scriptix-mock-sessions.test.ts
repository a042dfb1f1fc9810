import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's session checks beyond the spec, driven with raw requests (the client validates before sending).
const { mock } = useScriptixMock();
const auth = { authorization: `Bearer ${scriptixTestKey}` };

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${scriptixBaseUrl}${path}`, {
    method,
    headers: { ...auth, ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : (JSON.parse(text) as { error?: { details?: { field?: string } } } & Record<string, unknown>),
  };
}

const createSession = async (body: Record<string, unknown> = { language: 'en' }) => {
  const created = await call('POST', '/speech-to-text/session', body);
  return (created.body as { result: { session_id: string } }).result.session_id;
};

describe('Scriptix mock sessions', () => {
  it('refuses a one-letter language (the spec check), and keeps a media URL and session mode', async () => {
    expect((await call('POST', '/speech-to-text/session', { language: 'e' })).body?.error?.details?.field).toBe('language');
    const id = await createSession({ language: 'en', media_source: 'https://cdn.example.com/audio/talk.mp3', session_mode: 'align' });
    const session = await call('GET', `/speech-to-text/session/${id}`);
    expect(session.status).toBe(200);
    expect(session.body?.result).toMatchObject({
      session_id: id,
      session_mode: 'align',
      media_url: 'https://cdn.example.com/audio/talk.mp3',
    });
  });

  it('answers 404 for an unknown session and 403 for another key’s session', async () => {
    expect((await call('GET', '/speech-to-text/session/does-not-exist')).status).toBe(404);
    const id = await createSession();
    const foreign = await fetch(`${scriptixBaseUrl}/speech-to-text/session/${id}`, {
      headers: { authorization: 'Bearer someone-else-key-42' },
    });
    expect(foreign.status).toBe(403);
  });

  it('has no result before the session is done, and deletes a session', async () => {
    const id = await createSession();
    const early = await call('GET', `/speech-to-text/session/${id}/result`);
    expect(early.status).toBe(422);
    expect(early.body?.error?.details?.field).toBe('status');
    expect((await call('DELETE', `/speech-to-text/session/${id}`)).status).toBe(204);
    expect((await call('GET', `/speech-to-text/session/${id}`)).status).toBe(404);
    expect(mock.state.sessions.has(id)).toBe(false);
  });

  it('checks the transcribeFile form against the spec: file and document type', async () => {
    const form = (fields: Record<string, string | Blob>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        data.set(name, value);
      }
      return data;
    };
    const file = new File(['RIFF'], 'a.wav', { type: 'audio/wav' });
    const fields = async (data: FormData) => (await call('POST', '/speech-to-text', data)).body?.error?.details?.field;
    expect(await fields(form({ language: 'en' }))).toBe('file');
    expect(await fields(form({ file, language: 'en', document_type: 'poem' }))).toBe('document_type');
    const accepted = await call('POST', '/speech-to-text', form({ file, language: 'en', document_type: 'caption' }));
    expect(accepted.status).toBe(200);
    expect(typeof accepted.body?.session_id).toBe('string');
  });
});
