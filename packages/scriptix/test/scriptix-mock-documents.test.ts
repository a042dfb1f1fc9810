import { scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAudio } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

// The Scriptix mock's document routes on requests the client would refuse or never send, driven raw.
useScriptixMock();
const auth = { authorization: `Bearer ${scriptixTestKey}` };

type Answer = {
  status: number;
  headers: Headers;
  body: { result?: Record<string, unknown>; error?: { details?: { field?: string } } } | undefined;
};

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${scriptixBaseUrl}${path}`, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('json') && text !== '';
  return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : undefined };
}

let sessionId: string;
let documentId: string;

beforeEach(async () => {
  const { client } = createTestClient();
  const outcome = await client.transcribe(new File([fakeAudio(3200)], 'interview.mp3'), { language: 'en' });
  sessionId = outcome.session_id;
  documentId = String(outcome.document?.id ?? '');
});

const documentPath = () => `/speech-to-text/session/${sessionId}/document/${documentId}`;

describe('Scriptix mock documents', () => {
  it('answers 404 for a document of another session and for an unknown document', async () => {
    const { client } = createTestClient();
    const other = await client.transcribe(new File([fakeAudio(1600)], 'other.mp3'), { language: 'en' });
    expect((await call('GET', `/speech-to-text/session/${other.session_id}/document/${documentId}`)).status).toBe(404);
    expect((await call('GET', `/speech-to-text/session/${sessionId}/document/999999`)).status).toBe(404);
    expect((await call('GET', '/documents/999999')).status).toBe(404);
  });

  it('needs a template id for the template format, and offers a direct download link', async () => {
    expect((await call('GET', `${documentPath()}?format=template`)).body?.error?.details?.field).toBe('template_id');
    const direct = await call('GET', `${documentPath()}?format=srt&direct_download=true`);
    expect(direct.status).toBe(200);
    expect(direct.body?.result).toMatchObject({ filename: expect.stringMatching(/\.srt$/), expires_in: 3600 });
    expect((direct.body?.result?.size_bytes as number) > 0).toBe(true);
  });

  it('exports the original media with its content type as an attachment', async () => {
    const media = await call('GET', `${documentPath()}?format=media`);
    expect(media.status).toBe(200);
    expect(media.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
  });

  it('refuses an update without a document body or with a non-string filename, and keeps the filename when none is given', async () => {
    expect((await call('PUT', documentPath(), {})).body?.error?.details?.field).toBe('document');
    expect((await call('PUT', documentPath(), { document: {}, filename: 7 })).body?.error?.details?.field).toBe('filename');
    const before = (await call('GET', `/documents/${documentId}`)).body?.result?.filename;
    const updated = await call('PUT', documentPath(), { document: { segments: [] } });
    expect(updated.status).toBe(200);
    expect(updated.body?.result).toMatchObject({ filename: before, document: { segments: [] } });
  });

  it('copies the session document by default, naming the copy after it, and deletes a document', async () => {
    const copy = await call('POST', `/speech-to-text/session/${sessionId}/document`, {});
    expect(copy.status).toBe(201);
    expect(copy.body?.result?.id).not.toBe(Number(documentId));
    expect(copy.body?.result?.filename).toMatch(/ \(copy\)$/);
    const named = await call('POST', `/speech-to-text/session/${sessionId}/document`, {
      document_id: Number(documentId),
      filename: 'second',
    });
    expect(named.body?.result?.filename).toBe('second');
    expect((await call('DELETE', documentPath())).status).toBe(204);
    expect((await call('DELETE', documentPath())).status).toBe(404);
  });

  it('lists the caller’s documents and reads one through the /documents routes', async () => {
    const list = await call('GET', '/documents?offset=0&limit=10');
    expect(list.status).toBe(200);
    const one = await call('GET', `/documents/${documentId}`);
    expect(String(one.body?.result?.id)).toBe(documentId);
  });
});
