import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer, type MockServer } from '@conduit/testing';
import { createScriptixMock, sasObjectKey, scriptixTestKey } from '@conduit/testing/scriptix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptixClient } from '../src/index.js';
import { digest, fakeAudio } from './helpers/fixtures.js';
import { fakeTime } from './helpers/mock-api.js';

// Over real loopback HTTP: a file path is streamed through node:http, which msw cannot intercept.
const mock = createScriptixMock();
let server: MockServer;
let directory: string;

beforeAll(async () => {
  server = await createMockServer({ providers: [mock] });
  directory = await mkdtemp(join(tmpdir(), 'scriptix-e2e-'));
});
afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe('against the embedded mock server', () => {
  it('transcribes a file from disk through a SAS upload, then exports captions', async () => {
    const path = join(directory, 'interview.wav');
    const audio = fakeAudio(300_000);
    await writeFile(path, audio);
    const client = createScriptixClient({ apiKey: scriptixTestKey, baseUrl: server.baseUrl('scriptix'), ...fakeTime() });
    const uploaded: number[] = [];
    const outcome = await client.transcribe(path, {
      language: 'en',
      onProgress: (event) => {
        if (event.stage === 'uploading') {
          uploaded.push(event.loaded);
        }
      },
    });
    expect(uploaded.at(-1)).toBe(audio.length);
    const stored = mock.storage.get(sasObjectKey(outcome.session_id));
    expect(stored?.contentType).toBe('audio/wav');
    expect(digest(stored?.bytes)).toBe(digest(audio));
    // Every export but JSON answers the spec's text/vtt example; the client hands it over as text.
    const captions = await client.documents.export(outcome.session_id, outcome.document?.id ?? '', 'vtt');
    expect(captions.document).toMatch(/^WEBVTT\n\n00:00:00\.520 --> 00:00:01\.710\nWelcome to the show/);
    expect(await client.realtime.status()).toMatchObject({ ready: true });
  });

  it('resumes a TUS upload of a file from disk', async () => {
    const path = join(directory, 'talk.mp3');
    const audio = fakeAudio(50_000);
    await writeFile(path, audio);
    mock.state.tusInterruptions.push(7000);
    const client = createScriptixClient({ apiKey: scriptixTestKey, baseUrl: server.baseUrl('scriptix'), ...fakeTime() });
    const outcome = await client.transcribe(path, { language: 'en', upload: 'tus', chunkSize: 16_384 });
    const upload = mock.state.uploads.get([...mock.state.uploads.keys()].at(-1) ?? '');
    expect(upload?.offset).toBe(audio.length);
    expect(outcome.status).toBe('done');
  });
});
