import { type ApiVideoClient, ApiVideoUploadError, createApiVideoClient, uploadWithToken } from '@conduit/apivideo';
import { defaultSleep, type Sleep } from '@conduit/core';
import { assembled } from '@conduit/testing/apivideo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, type RequestFacts, startFaultServer } from '../support/fault-server.js';
import { type ProviderMocks, providerKeys, startProviderMocks } from '../support/provider-mocks.js';
import { faultOnMatches, sha256, testBytes } from '../support/targeted-faults.js';
import { forwardTo } from '../support/upstream.js';

// A connection killed in the middle of a chunk: the upload finishes (by the transport's retry of the
// idempotent chunk, or by resuming from the error's state) with every byte once, in one video.

const mebibyte = 1_048_576;
const chunkSize = 5 * mebibyte;
const source = testBytes(12 * mebibyte + 12_345, 7);
const shortSleep: Sleep = (ms, signal) => defaultSleep(Math.min(ms, 5), signal);

let mocks: ProviderMocks;
let server: FaultServer;

beforeAll(async () => {
  mocks = await startProviderMocks();
  server = await startFaultServer({ upstream: forwardTo(mocks.server.url), decide: () => ({ kind: 'pass' }) });
});

afterAll(async () => {
  await server?.close();
  await mocks?.close();
});

const client = (maxRetries: number): ApiVideoClient =>
  createApiVideoClient({
    apiKey: providerKeys.apivideo,
    baseUrl: `${server.url}/apivideo`,
    maxRetries,
    sleep: shortSleep,
    timeout: 20_000,
  });

/** The second chunk (`Content-Range: bytes 5242880-…`), of a keyed or a token upload. */
const secondChunk = (facts: RequestFacts) =>
  facts.method === 'POST' && String(facts.headers['content-range'] ?? '').startsWith(`bytes ${chunkSize}-`);
const firstChunk = (facts: RequestFacts) => facts.method === 'POST' && String(facts.headers['content-range'] ?? '').startsWith('bytes 0-');

function storedBytes(videoId: string): Uint8Array {
  const stored = mocks.apivideo.state.videos.get(videoId);
  expect(stored, `video ${videoId} exists upstream`).toBeDefined();
  expect(stored!.upload.complete).toBe(true);
  return assembled(stored!.upload);
}

function tokenVideos(): string[] {
  return [...mocks.apivideo.state.videos.entries()].filter(([, video]) => video.createdByToken).map(([id]) => id);
}

describe('api.video chunked upload (API key) with a connection killed mid-chunk', () => {
  it('the transport re-sends the killed chunk (its byte range makes it safe) and the video gets every byte once', async () => {
    server.setDecide(faultOnMatches(secondChunk, [1], { kind: 'reset-mid-request', variant: 'drop' }));
    const videos = client(2);
    const video = await videos.videos.create({ title: 'killed chunk, retried' });
    await videos.videos.upload(video.videoId, source, { chunkSize });
    expect(sha256(storedBytes(video.videoId))).toBe(sha256(source));
    expect(server.faultCounts.get('reset-mid-request:drop')).toBeGreaterThan(0);
  });

  it('without retries the upload stops with a resumable state, and `resume` finishes it', async () => {
    const before = server.faultCounts.get('reset-mid-request:drop') ?? 0;
    server.setDecide(faultOnMatches(secondChunk, [1], { kind: 'reset-mid-request', variant: 'drop' }));
    const videos = client(0);
    const video = await videos.videos.create({ title: 'killed chunk, resumed' });
    const stopped = await videos.videos.upload(video.videoId, source, { chunkSize }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(ApiVideoUploadError.isInstance(stopped), String(stopped)).toBe(true);
    const state = (stopped as ApiVideoUploadError).state;
    expect(state).toMatchObject({ videoId: video.videoId, offset: chunkSize, chunksSent: 1 });
    await videos.videos.upload(video.videoId, source, { chunkSize, resume: JSON.parse(JSON.stringify(state)) });
    expect(sha256(storedBytes(video.videoId))).toBe(sha256(source));
    expect(server.faultCounts.get('reset-mid-request:drop')).toBe(before + 1);
  });

  it('an answer lost after the chunk was stored: resuming re-sends it as a replay, not as duplicate bytes', async () => {
    server.setDecide(faultOnMatches(secondChunk, [1], { kind: 'reset-mid-body' }));
    const videos = client(0);
    const video = await videos.videos.create({ title: 'answer lost' });
    const stopped = (await videos.videos
      .upload(video.videoId, source, { chunkSize })
      .catch((error: unknown) => error)) as ApiVideoUploadError;
    expect(ApiVideoUploadError.isInstance(stopped), String(stopped)).toBe(true);
    await videos.videos.upload(video.videoId, source, { chunkSize, resume: stopped.state });
    expect(sha256(storedBytes(video.videoId))).toBe(sha256(source));
  });
});

describe('api.video delegated upload (upload token) with a connection killed mid-chunk', () => {
  const tokenUpload = async (maxRetries: number, extra: { resume?: ApiVideoUploadError['state'] } = {}) => {
    const { token } = await client(2).uploadTokens.create({ ttl: 600 });
    return {
      token,
      upload: () =>
        uploadWithToken(token, source, { baseUrl: `${server.url}/apivideo`, chunkSize, maxRetries, sleep: shortSleep, ...extra }),
    };
  };

  it('a killed later chunk is re-sent with the same videoId: one video, every byte once', async () => {
    server.setDecide(faultOnMatches(secondChunk, [1], { kind: 'reset-mid-request', variant: 'drop' }));
    const before = tokenVideos();
    const killed = server.faultCounts.get('reset-mid-request:drop') ?? 0;
    const { upload } = await tokenUpload(2);
    const video = await upload();
    expect(server.faultCounts.get('reset-mid-request:drop')).toBe(killed + 1);
    expect(tokenVideos().filter((id) => !before.includes(id))).toEqual([video.videoId]);
    expect(sha256(storedBytes(video.videoId))).toBe(sha256(source));
  });

  it('a killed first chunk is not re-sent blindly (it may have created a video); resuming from the error makes exactly one video', async () => {
    server.setDecide(faultOnMatches(firstChunk, [1], { kind: 'reset-mid-request', variant: 'drop' }));
    const before = tokenVideos();
    const { token } = await tokenUpload(2);
    const options = { baseUrl: `${server.url}/apivideo`, chunkSize, maxRetries: 2, sleep: shortSleep };
    const stopped = (await uploadWithToken(token, source, options).catch((error: unknown) => error)) as ApiVideoUploadError;
    expect(ApiVideoUploadError.isInstance(stopped), String(stopped)).toBe(true);
    expect(stopped.state).toMatchObject({ videoId: null, offset: 0 });
    const video = await uploadWithToken(token, source, { ...options, resume: stopped.state });
    expect(tokenVideos().filter((id) => !before.includes(id))).toEqual([video.videoId]);
    expect(sha256(storedBytes(video.videoId))).toBe(sha256(source));
  });

  it('without retries a killed later chunk stops with the videoId in the state, and `resume` finishes the same video', async () => {
    server.setDecide(faultOnMatches(secondChunk, [1], { kind: 'reset-mid-request', variant: 'drop' }));
    const before = tokenVideos();
    const { token } = await tokenUpload(0);
    const options = { baseUrl: `${server.url}/apivideo`, chunkSize, maxRetries: 0, sleep: shortSleep };
    const stopped = (await uploadWithToken(token, source, options).catch((error: unknown) => error)) as ApiVideoUploadError;
    expect(ApiVideoUploadError.isInstance(stopped), String(stopped)).toBe(true);
    expect(stopped.state.videoId).toEqual(expect.any(String));
    const video = await uploadWithToken(token, source, { ...options, resume: stopped.state });
    expect(video.videoId).toBe(stopped.state.videoId);
    expect(tokenVideos().filter((id) => !before.includes(id))).toEqual([video.videoId]);
    expect(sha256(storedBytes(video.videoId))).toBe(sha256(source));
  });
});
