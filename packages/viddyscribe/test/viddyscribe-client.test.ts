import { createRecordingFetch, jsonResponse } from '@conduit/testing/conformance';
import { viddyscribeBaseUrl, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIPromise,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  createViddyScribeClient,
  defaultViddyScribeBaseUrl,
  NotFoundError,
  ResponseValidationError,
} from '../src/index.js';
import { createTestClient, useViddyScribeMock } from './viddyscribe-harness.js';

const { requests, mock, server } = useViddyScribeMock();

describe('createViddyScribeClient', () => {
  afterEach(() => {
    delete process.env.VIDDYSCRIBE_API_KEY;
  });

  it('accepts any key that starts with vsk_ (the docs disagree on the length)', async () => {
    for (const apiKey of ['vsk_your_api_key_here', viddyscribeTestKey]) {
      const recording = createRecordingFetch([jsonResponse({ job_id: 'task_1', status: 'queued' })]);
      await createViddyScribeClient({ apiKey, fetch: recording.fetch }).jobs.get('task_1');
      expect(recording.requests[0]?.headers.get('x-api-key')).toBe(apiKey);
    }
  });

  it.each([['sk_abc123'], ['vsk_'], ['VSK_abc123']])('refuses the key %s with a ConfigurationError naming the variable', (apiKey) => {
    expect(() => createViddyScribeClient({ apiKey })).toThrowError(
      expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining('VIDDYSCRIBE_API_KEY') }),
    );
  });

  it('reads VIDDYSCRIBE_API_KEY when apiKey is absent', async () => {
    process.env.VIDDYSCRIBE_API_KEY = viddyscribeTestKey;
    const client = createViddyScribeClient();
    const mediaId = mock.seedMedia();
    await expect(client.generateText(mediaId)).resolves.toMatchObject({ status: 'queued' });
  });

  it('refuses unknown and out-of-range options before any request', () => {
    expect(() => createViddyScribeClient({ apiKey: viddyscribeTestKey, pollIntervall: 5 } as never)).toThrowError(
      /unknown option `pollIntervall`/,
    );
    expect(() => createViddyScribeClient({ apiKey: viddyscribeTestKey, pollInterval: -1 })).toThrowError(ConfigurationError);
    expect(() => createViddyScribeClient({ apiKey: viddyscribeTestKey, linkMaxAge: Number.NaN })).toThrowError(/linkMaxAge/);
    expect(() => createViddyScribeClient({ apiKey: viddyscribeTestKey, baseUrl: 'http://api.viddyscribe.com' })).toThrowError(/http/);
    expect(requests).toEqual([]);
  });

  it('talks to the documented base URL by default', async () => {
    const recording = createRecordingFetch([jsonResponse({ job_id: 'task_123', status: 'queued' })]);
    const client = createViddyScribeClient({ apiKey: viddyscribeTestKey, fetch: recording.fetch });
    await client.jobs.get('task_123');
    expect(recording.requests[0]?.url).toBe('https://api.viddyscribe.com/enterprise/api/get_results?job_id=task_123');
    expect(defaultViddyScribeBaseUrl).toBe('https://api.viddyscribe.com/enterprise/api');
  });

  it('answers 401 from the mock for an expired key with a typed error', async () => {
    const { client } = createTestClient({ apiKey: 'vsk_expired_key_0001' });
    const error = await client.jobs.get('task_123').catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
  });
});

describe('client.api (raw typed client, legacy endpoints)', () => {
  it('throws the same typed errors as the friendly methods', async () => {
    const { client } = createTestClient();
    const error = await client.api
      .GET('/get_results', { params: { query: { job_id: 'task_missing' } } })
      .catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
  });

  it('reaches the deprecated generate_ad_text_from_url endpoint', async () => {
    const { client } = createTestClient();
    const { data } = await client.api.POST('/generate_ad_text_from_url', {
      body: { source_url: 'https://example.com/video.mp4', language: 'en-US', ad_type: 'extended_ad' },
    });
    // The mock answers the legacy endpoints with the spec's example (task_abc123xyz, no job kept).
    expect(data).toEqual({ job_id: 'task_abc123xyz', status: 'queued' });
    expect(requests).toEqual(['POST /generate_ad_text_from_url']);
  });

  it('reaches the deprecated generate_ad_text_from_file endpoint with multipart', async () => {
    const { client } = createTestClient();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(16)], { type: 'video/mp4' }), 'clip.mp4');
    form.append('language', 'en-US');
    const { data } = await client.api.POST('/generate_ad_text_from_file', {
      body: { file: 'clip.mp4', language: 'en-US' },
      bodySerializer: () => form,
    });
    expect(data?.job_id).toMatch(/^task_/);
    expect(requests).toEqual(['POST /generate_ad_text_from_file']);
  });

  it('gets the documented 400 body from the mock for a value outside the spec', async () => {
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    const error = await client.api
      .POST('/generate_ad_audio', {
        body: {
          input: { type: 'media_id', media_id: mediaId },
          generation_config: { ad_type: 'extended_ad' as never, audio_track_type: 'mixed' },
        },
      })
      .catch((caught: unknown) => caught);
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request', message: expect.stringContaining('/generation_config/ad_type') });
  });

  it('sends a direct multipart file to a generate endpoint', async () => {
    const { client } = createTestClient();
    const form = new FormData();
    form.append('input', JSON.stringify({ type: 'file' }));
    form.append('generation_config', JSON.stringify({ format: 'srt', language: 'en-US' }));
    form.append('file', new Blob([new Uint8Array(16)], { type: 'video/mp4' }), 'clip.mp4');
    const { data } = await client.api.POST('/generate_ad_text', {
      body: { input: '{"type":"file"}', file: 'clip.mp4' },
      bodySerializer: () => form,
    });
    const job = await client.jobs.wait(data?.job_id ?? '');
    expect(job.status).toBe('done');
    expect(mock.state.jobs.get(job.job_id)?.config).toEqual({ format: 'srt', language: 'en-US' });
  });

  it('refuses malformed per-call options before any request', async () => {
    const { client } = createTestClient();
    await expect(client.jobs.get('task_1', { timeout: -5 })).rejects.toThrow(/`timeout` must be a positive number of milliseconds/);
    await expect(client.jobs.get('task_1', { signal: 'stop' as never })).rejects.toThrow(/`signal` must be an AbortSignal/);
    await expect(client.generateText(mock.seedMedia(), {}, { idempotent: 'yes' as never })).rejects.toThrow(
      /`idempotent` must be true or false/,
    );
    await expect(client.jobs.wait('task_1', { onProgress: 1 as never })).rejects.toThrow(/`onProgress` must be a function/);
    await expect(client.jobs.get('task_1', { timout: 1 } as never)).rejects.toThrow(/Did you mean `timeout`\?/);
    await expect(client.generateText(mock.seedMedia(), { format: 'vtt', deadline: 1000 } as never)).rejects.toThrow(
      /`deadline` is a request option; pass it in the last argument/,
    );
    await expect(client.media.upload('https://example.com/a.mp4', {}, { timout: 1 } as never)).rejects.toSatisfy(
      ConfigurationError.isInstance,
    );
    expect(requests).toEqual([]);
  });

  it('turns a 2xx body without the fields it reads into ResponseValidationError', async () => {
    server.use(http.get(`${viddyscribeBaseUrl}/get_results`, () => HttpResponse.json({ job_id: 'task_1' })));
    const { client } = createTestClient();
    const error = await client.jobs.get('task_1').catch((caught: unknown) => caught);
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, body: '{"job_id":"task_1"}' });
  });

  it('gives every method .withResponse(): the data with the response, request id and rate limit', async () => {
    server.use(
      http.get(`${viddyscribeBaseUrl}/get_results`, () =>
        HttpResponse.json(
          { job_id: 'task_1', status: 'queued' },
          { headers: { 'x-request-id': 'req_vs_1', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59' } },
        ),
      ),
    );
    const { client } = createTestClient();
    const promise = client.jobs.get('task_1');
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, response, requestId, rateLimit } = await promise.withResponse();
    expect(data).toEqual({ job_id: 'task_1', status: 'queued' });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_vs_1');
    expect(rateLimit).toMatchObject({ limit: 60, remaining: 59 });
    await expect(promise).resolves.toEqual(data);
    expect(requests).toEqual(['GET /get_results']);
  });

  it('turns bad input into a rejected APIPromise, never a synchronous throw', async () => {
    const { client } = createTestClient();
    const calls = [
      () => client.jobs.get(42 as never),
      () => client.jobs.wait('task_1', 'soon' as never),
      () => client.jobs.downloadUrls(''),
      () => client.generateAudio(mock.seedMedia(), { adType: 'extended_ad' as never }),
      () => client.media.upload(42 as never),
      () => client.media.uploadStatus('nope', 'path'),
      () => client.media.waitForUpload(mock.seedMedia(), 'path', { interval: -1 }),
    ];
    for (const call of calls) {
      const promise = call();
      expect(promise).toBeInstanceOf(APIPromise);
      await expect(promise).rejects.toSatisfy(ConfigurationError.isInstance);
    }
    expect(requests).toEqual([]);
  });

  it('sends per-call headers on the wire', async () => {
    const recording = createRecordingFetch([jsonResponse({ job_id: 'task_1', status: 'queued' })]);
    const client = createViddyScribeClient({ apiKey: viddyscribeTestKey, fetch: recording.fetch });
    await client.jobs.get('task_1', { headers: { 'x-trace': 'abc' } });
    expect(recording.requests[0]?.headers.get('x-trace')).toBe('abc');
  });

  it('counts calls on the shared transport', async () => {
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    await client.generateText(mediaId);
    await client.api.GET('/get_results', { params: { query: { job_id: [...mock.state.jobs.keys()][0] ?? '' } } });
    expect(client.transport.stats).toMatchObject({ calls: 2, attempts: 2, retries: 0 });
  });
});
