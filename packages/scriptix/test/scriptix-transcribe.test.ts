import { APITimeoutError, RequestAbortedError } from '@conduit/core';
import { assembledTusUpload, sasObjectKey } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { type TranscribeProgress, TranscriptionFailedError } from '../src/index.js';
import { digest, fakeAudio } from './helpers/fixtures.js';
import { createTestClient, useScriptixMock } from './helpers/mock-api.js';

const { mock } = useScriptixMock();

describe('transcribe', () => {
  it('creates a session, uploads through SAS, polls to done and returns the transcript, reporting each stage', async () => {
    const { client, sleeps } = createTestClient();
    const events: TranscribeProgress[] = [];
    const audio = fakeAudio(48_000);
    const outcome = await client.transcribe(new File([audio], 'meeting.m4a'), {
      language: 'en',
      punctuation: true,
      diarization: true,
      pollInterval: 2000,
      onProgress: (event) => events.push(event),
    });
    expect(outcome.status).toBe('done');
    expect(outcome.results.map((segment) => segment.speaker)).toEqual(['S1']);
    expect(Object.keys(outcome)).not.toContain('sessionId');
    const stored = mock.storage.get(sasObjectKey(outcome.session_id));
    expect(stored?.contentType).toBe('audio/mp4');
    expect(digest(stored?.bytes)).toBe(digest(audio));
    expect(events.map((event) => (event.stage === 'processing' ? `processing:${event.status}` : event.stage))).toEqual([
      'uploading',
      'processing:processing',
      'processing:done',
      'fetching-result',
      'done',
    ]);
    expect(events[0]).toEqual({ stage: 'uploading', session_id: outcome.session_id, loaded: audio.length, total: audio.length });
    expect(sleeps).toEqual([2000]);
  });

  it('uploads with TUS when asked, carrying the options as Upload-Metadata', async () => {
    const { client } = createTestClient();
    const audio = fakeAudio(20_000);
    const uploaded: number[] = [];
    const outcome = await client.transcribe(new File([audio], 'talk.mp3', { type: 'audio/mpeg' }), {
      language: 'nl',
      upload: 'tus',
      chunkSize: 8192,
      document: { document_type: 'caption' },
      webhook_url: 'https://hooks.example.org/scriptix',
      onProgress: (event) => {
        if (event.stage === 'uploading') {
          uploaded.push(event.loaded);
        }
      },
    });
    expect(uploaded).toEqual([8192, 16_384, 20_000]);
    const [upload] = [...mock.state.uploads.values()];
    expect(upload?.metadata).toEqual({
      language: 'nl',
      document_type: 'caption',
      filename: 'talk.mp3',
      filetype: 'audio/mpeg',
      document: JSON.stringify({ webhook_url: 'https://hooks.example.org/scriptix' }),
    });
    expect(digest(assembledTusUpload(mock.state, upload?.fileId ?? ''))).toBe(digest(audio));
    expect(outcome).toMatchObject({ session_id: upload?.sessionId, status: 'done', document: { type: 'caption' } });
  });

  it('lets Scriptix download a URL source (media_source)', async () => {
    const { client } = createTestClient();
    const outcome = await client.transcribe({ url: 'https://media.example.org/podcasts/episode-42.mp3' }, { language: 'en' });
    expect(outcome).toMatchObject({
      media_url: 'https://media.example.org/podcasts/episode-42.mp3',
      status: 'done',
    });
  });

  it('resolves with withResponse() to the result answer (request id, rate limit) under the API field names', async () => {
    const { client } = createTestClient();
    const full = await client.transcribe({ url: 'https://media.example.org/a.mp3' }, { language: 'en' }).withResponse();
    const { data, response } = full;
    expect(response.status).toBe(200);
    expect(Object.keys(full).sort()).toEqual(['data', 'rateLimit', 'requestId', 'response']);
    expect(data).toMatchObject({ session_id: expect.any(String), status: 'done', results: expect.any(Array) });
  });

  it('throws TranscriptionFailedError when processing fails', async () => {
    const { client } = createTestClient();
    const error = await client
      .transcribe(new TextEncoder().encode('FAIL this is not audio'), { language: 'en', contentType: 'audio/wav' })
      .catch((caught: unknown) => caught);
    expect(TranscriptionFailedError.isInstance(error)).toBe(true);
  });

  it('gives up with APITimeoutError when processing outlasts `timeout`', async () => {
    mock.state.pollsUntilDone = 50;
    const { client } = createTestClient();
    const error = await client
      .transcribe(fakeAudio(10), { language: 'en', contentType: 'audio/wav', pollInterval: 5000, timeout: 12_000 })
      .catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
  });

  it('stops when the signal aborts', async () => {
    const { client } = createTestClient();
    const controller = new AbortController();
    const error = await client
      .transcribe(
        fakeAudio(10),
        {
          language: 'en',
          contentType: 'audio/wav',
          onProgress: (event) => {
            if (event.stage === 'processing') {
              controller.abort();
            }
          },
        },
        { signal: controller.signal },
      )
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
  });

  it('hands its request options to the TUS upload: the signal stops it mid-upload, no further chunk is sent', async () => {
    const { client } = createTestClient();
    const controller = new AbortController();
    const uploaded: number[] = [];
    const error = await client
      .transcribe(
        fakeAudio(9000),
        {
          language: 'en',
          upload: 'tus',
          contentType: 'audio/wav',
          chunkSize: 3000,
          onProgress: (event) => {
            if (event.stage === 'uploading') {
              uploaded.push(event.loaded);
              controller.abort();
            }
          },
        },
        { signal: controller.signal },
      )
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(uploaded).toEqual([3000]);
    const [upload] = [...mock.state.uploads.values()];
    expect(assembledTusUpload(mock.state, upload?.fileId ?? '')?.length).toBe(3000);
  });
});
