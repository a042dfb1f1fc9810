import { scriptixOperations } from '@conduit/specs/scriptix';
import { scriptixDocument } from '@conduit/specs/scriptix/document';
import { specExample } from '@conduit/testing';
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

  it('answers a direct download link with the spec example, and an export as an attachment named after the document', async () => {
    const direct = await call('GET', `${documentPath()}?format=srt&direct_download=true`);
    expect(direct.status).toBe(200);
    expect(direct.body).toEqual(specExample(scriptixDocument, scriptixOperations.exportDocumentResource).body);
    const exported = await call('GET', `${documentPath()}?format=srt`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="transcript.srt"');
  });

  it('answers 403 to another key, on the document route and on its session’s document route', async () => {
    const other = { authorization: 'Bearer someone-else-key-42' };
    expect((await fetch(`${scriptixBaseUrl}/documents/${documentId}`, { headers: other })).status).toBe(403);
    expect((await fetch(`${scriptixBaseUrl}${documentPath()}`, { method: 'DELETE', headers: other })).status).toBe(403);
  });

  it('refuses an update without a document body or with a non-string filename, and keeps the filename when none is given', async () => {
    expect((await call('PUT', documentPath(), {})).body?.error?.details?.field).toBe('document');
    expect((await call('PUT', documentPath(), { document: {}, filename: 7 })).body?.error?.details?.field).toBe('filename');
    const before = (await call('GET', `/documents/${documentId}`)).body?.result?.filename;
    const updated = await call('PUT', documentPath(), { document: { segments: [] } });
    expect(updated.status).toBe(200);
    expect(updated.body?.result).toMatchObject({ filename: before, document: { segments: [] } });
  });

  it('deletes a document once', async () => {
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
