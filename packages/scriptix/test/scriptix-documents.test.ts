import { NotFoundError } from '@conduit/core';
import { scriptixBaseUrl } from '@conduit/testing/scriptix';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ScriptixClient, scriptixExportFormats } from '../src/index.js';
import { digest, fakeAudio } from './helpers/fixtures.js';
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

  it.each([
    ['vtt', 'text/vtt', /^WEBVTT\n\n00:00:00\.520 --> 00:00:01\.710\nWelcome to the show/],
    ['srt', 'application/x-subrip', /^1\n00:00:00,520 --> 00:00:01,710\nWelcome to the show/],
    ['sbv', 'text/plain', /^0:00:00\.520,0:00:01\.710\nWelcome to the show/],
    ['ttml', 'application/ttml+xml', /^<tt xmlns="http:\/\/www\.w3\.org\/ns\/ttml">.*begin="0\.52s"/],
    ['txt', 'text/plain', /^\[00:00:00\.520\] S1: Welcome to the show\n/],
    ['html', 'text/html', /<p>\[00:00:00\.520\] S1: Welcome to the show<\/p>/],
  ] as const)('%s gives text with its content type and file name', async (format, contentType, pattern) => {
    const exported = await client.documents.export(sessionId, documentId, format);
    expect(typeof exported.document).toBe('string');
    expect(exported.document).toMatch(pattern);
    expect(exported.content_type).toBe(contentType);
    expect(exported.filename).toBe(`transcript.${format}`);
  });

  it.each([
    ['stl', [0x38, 0x35, 0x30, 0x53, 0x54, 0x4c]],
    ['docx', [0x50, 0x4b, 0x03, 0x04]],
    ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ] as const)('%s gives bytes with the format magic', async (format, magic) => {
    const exported = await client.documents.export(sessionId, documentId, format);
    expect(exported.document).toBeInstanceOf(Uint8Array);
    expect([...(exported.document as Uint8Array).subarray(0, magic.length)]).toEqual([...magic]);
  });

  it('template needs a templateId and sends it', async () => {
    const exported = await client.documents.export(sessionId, documentId, 'template', { templateId: 5 });
    expect(new TextDecoder().decode(exported.document)).toContain('Summary (template 5)');
  });

  it('media gives back the original upload', async () => {
    const exported = await client.documents.export(sessionId, documentId, 'media');
    expect(digest(exported.document)).toBe(digest(audio));
    expect(exported.content_type).toBe('audio/mpeg');
  });

  it('passes without_timestamps and without_speakers', async () => {
    const exported = await client.documents.export(sessionId, documentId, 'txt', { withoutTimestamps: true, withoutSpeakers: true });
    expect(exported.document).toBe('Welcome to the show\nThanks for having me\n');
  });

  it('exportLink asks for a direct download', async () => {
    const link = await client.documents.exportLink(sessionId, documentId, 'vtt');
    expect(link).toMatchObject({ expires_in: 3600, filename: 'transcript.vtt', content_type: 'text/vtt' });
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
    const copy = await client.documents.copy(sessionId, { document_id: documentId, filename: 'copy' });
    expect(copy).toMatchObject({ filename: 'copy' });
    expect(copy.id).not.toBe(documentId);
    await client.documents.delete(sessionId, copy.id);
    await expect(client.documents.get(sessionId, copy.id)).rejects.toSatisfy(NotFoundError.isInstance);
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
    expect(await client.documentResources.export(documentId, 'srt')).toMatchObject({ filename: 'renamed.srt' });
  });
});
