import { NotFoundError } from '@conduit/core';
import { scriptixBaseUrl } from '@conduit/testing/scriptix';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ScriptixClient, scriptixExportFormats } from '../src/index.js';
import { fakeAudio } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

const { server } = useScriptixMock();

let client: ScriptixClient;
let sessionId: string;
let documentId: number | string;
const audio = fakeAudio(3200);

beforeEach(async () => {
  client = createTestClient().client;
  const outcome = await client.transcribe(new File([audio], 'interview.mp3'), { language: 'en' });
  sessionId = outcome.session_id;
  documentId = outcome.document?.id ?? '';
});

describe('documents.export: every documented format', () => {
  it('covers the spec enum exactly', () => {
    expect(scriptixExportFormats).toEqual(['json', 'srt', 'vtt', 'sbv', 'ttml', 'stl', 'docx', 'pdf', 'txt', 'html', 'template', 'media']);
  });

  it('json gives the document', async () => {
    const exported = await client.documents.export(sessionId, documentId, 'json');
    expect(exported.document).toMatchObject({ id: documentId, filename: 'transcript', finished: true, timecode_offset: '00:00:00:00' });
    expect(await client.documents.get(sessionId, documentId)).toEqual(exported.document);
  });

  // The mock answers every export but JSON with the spec's text/vtt example: these tests check what the client asks for
  // (the `format` and switches it sends) and how it reads the answer (text or bytes, content type, file name).
  const queries: URLSearchParams[] = [];
  beforeEach(() => {
    queries.length = 0;
    server.use(
      http.get(`${scriptixBaseUrl}/speech-to-text/session/:sessionId/document/:documentId`, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return undefined;
      }),
    );
  });
  const vtt = 'WEBVTT\n\n00:00:00.520 --> 00:00:01.710\nWelcome to the show\n';

  it.each(['vtt', 'srt', 'sbv', 'ttml', 'txt', 'html'] as const)(
    '%s asks for the format and gives text with the content type and file name',
    async (format) => {
      const exported = await client.documents.export(sessionId, documentId, format);
      expect(queries[0]?.get('format')).toBe(format);
      expect(exported).toEqual({ format, document: vtt, content_type: 'text/vtt', filename: `transcript.${format}` });
    },
  );

  it.each(['stl', 'docx', 'pdf', 'media'] as const)('%s asks for the format and gives bytes', async (format) => {
    const exported = await client.documents.export(sessionId, documentId, format);
    expect(queries[0]?.get('format')).toBe(format);
    expect(exported.document).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(exported.document)).toBe(vtt);
  });

  it('template needs a templateId and sends it', async () => {
    const exported = await client.documents.export(sessionId, documentId, 'template', { templateId: 5 });
    expect(queries[0]?.get('template_id')).toBe('5');
    expect(exported.document).toBeInstanceOf(Uint8Array);
    await expect(client.documents.export(sessionId, documentId, 'template')).rejects.toMatchObject({ name: 'ConfigurationError' });
    expect(queries).toHaveLength(1);
  });

  it('passes without_timestamps and without_speakers', async () => {
    await client.documents.export(sessionId, documentId, 'txt', { withoutTimestamps: true, withoutSpeakers: true });
    expect(Object.fromEntries(queries[0] ?? [])).toEqual({ format: 'txt', without_timestamps: 'true', without_speakers: 'true' });
  });

  it('exportLink asks for a direct download and gives the link', async () => {
    const link = await client.documents.exportLink(sessionId, documentId, 'vtt');
    expect(queries[0]?.get('direct_download')).toBe('true');
    expect(queries[0]?.get('format')).toBe('vtt');
    expect(link).toMatchObject({ expires_in: 3600, filename: 'interview.srt', content_type: 'application/x-subrip' });
    expect(link.download_url).toMatch(/^https:\/\//);
  });
});

describe('documents: update, copy, delete', () => {
  it('updates, copies and deletes a document', async () => {
    const updated = await client.documents.update(sessionId, documentId, {
      filename: 'interview-final',
      document: { segments: [{ speaker: 'S1', start: 0.52, end: 1.71, text: 'Welcome to the show!' }] },
      plain_document_changed: 'false',
    });
    expect(updated).toMatchObject({ filename: 'interview-final', document: { segments: [{ text: 'Welcome to the show!' }] } });
    let copyBody: unknown;
    server.use(
      http.post(`${scriptixBaseUrl}/speech-to-text/session/:sessionId/document`, async ({ request }) => {
        copyBody = await request.clone().json();
        return undefined;
      }),
    );
    // The copy answers the spec's example.
    const copy = await client.documents.copy(sessionId, { document_id: documentId, filename: 'copy' });
    expect(copyBody).toEqual({ document_id: documentId, filename: 'copy' });
    expect(copy).toMatchObject({ id: 99121, filename: 'interview (copy)' });
    await client.documents.delete(sessionId, documentId);
    await expect(client.documents.get(sessionId, documentId)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('refuses an update without a document body before sending', async () => {
    let requests = 0;
    server.use(
      http.put(`${scriptixBaseUrl}/speech-to-text/session/:sessionId/document/:documentId`, () => {
        requests++;
        return undefined;
      }),
    );
    await expect(client.documents.update(sessionId, documentId, { filename: 'x' } as never)).rejects.toMatchObject({
      name: 'ConfigurationError',
    });
    expect(requests).toBe(0);
  });
});

describe('documentResources (unverified /documents routes)', () => {
  it('lists, reads, patches and exports', async () => {
    const listed = [];
    for await (const document of client.documentResources.list()) {
      listed.push(document.id);
    }
    expect(listed).toEqual([documentId]);
    expect(await client.documentResources.get(documentId)).toMatchObject({ id: documentId });
    expect(await client.documentResources.patch(documentId, { filename: 'renamed' })).toMatchObject({ filename: 'renamed' });
    // The export link is the spec's example.
    expect(await client.documentResources.export(documentId, 'srt')).toMatchObject({ filename: 'interview.srt', expires_in: 3600 });
  });
});
