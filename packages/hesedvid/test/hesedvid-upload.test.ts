import { ConfigurationError, ResponseValidationError } from '@conduit/core';
import { createHesedVidMock, type HesedVidMockOptions } from '@conduit/testing/hesedvid';
import { describe, expect, it } from 'vitest';
import type { HesedVidUploadProgress } from '../src/index.js';
import { createTestClient, rejectionOf, useHesedVidMock, videoBytes } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();

const apiRequests = () => requests.filter((request) => request.url.startsWith('https://api.hesedvid.com/'));

describe('videos.upload', () => {
  it('requests a signed URL, PUTs the bytes, starts processing and polls until ready', async () => {
    const { client, clock } = createTestClient();
    const progress: HesedVidUploadProgress[] = [];
    const bytes = videoBytes(5000);

    const result = await client.videos.upload(bytes, {
      fileName: 'demo.mp4',
      pollInterval: 1500,
      onProgress: (event) => progress.push(event),
    });

    expect(result).toEqual({ videoID: expect.stringMatching(/^pubvid_/), status: 'ready' });
    expect(result.videoID).toMatch(/^pubvid_/);
    const video = mock.state.videos.get(result.videoID);
    expect(video?.status).toBe('ready');
    expect(mock.state.storage.get(video?.objectKey ?? '')?.bytes).toEqual(bytes);
    expect(mock.state.storage.get(video?.objectKey ?? '')?.contentType).toBe('video/mp4');

    const steps = requests.map((request) => `${request.method} ${new URL(request.url).pathname}`);
    expect(steps).toEqual([
      'POST /v1/api/org_123456789/environments/prod/videos/upload-url',
      expect.stringMatching(/^PUT \/hesedvid\/org_123456789%2Fenv_prod_123456789%2Fvideos%2F\w+$/),
      `POST /v1/api/org_123456789/videos/${result.videoID}/start-processing`,
      `GET /v1/api/org_123456789/videos/${result.videoID}/status`,
      `GET /v1/api/org_123456789/videos/${result.videoID}/status`,
      `GET /v1/api/org_123456789/videos/${result.videoID}/status`,
    ]);
    expect(clock.sleeps).toEqual([1500, 1500]);
    expect(progress).toEqual([
      { stage: 'uploading', videoID: result.videoID, loaded: 5000, total: 5000 },
      { stage: 'processing', videoID: result.videoID, status: 'transcoding' },
      { stage: 'processing', videoID: result.videoID, status: 'transcoding' },
      { stage: 'processing', videoID: result.videoID, status: 'ready' },
    ]);
  });

  it('sends the REST reference body with the current `filename` spelling and the video config', async () => {
    const { client } = createTestClient();
    const file = new File([videoBytes(1234)], 'clip.webm', { type: 'video/webm' });
    const result = await client.videos.upload(file, {
      videoQuality: 'high',
      allowPublicAccess: false,
      videoName: 'Launch clip',
      maxEdgeLength: 1080,
      EncodingMode: 'slow',
      audioCodec: 'aac',
      waitUntilReady: false,
    });
    expect(result).toEqual({ videoID: expect.stringMatching(/^pubvid_/), status: 'transcoding' });
    expect(await apiRequests()[0]?.json()).toEqual({
      filename: 'clip.webm',
      fileSize: 1234,
      contentType: 'video/webm',
      videoQuality: 'high',
      allowPublicAccess: false,
      videoName: 'Launch clip',
      maxEdgeLength: 1080,
      EncodingMode: 'slow',
      audioCodec: 'aac',
    });
    expect(mock.state.videos.get(result.videoID)).toMatchObject({ name: 'Launch clip', videoQuality: 'high', allowPublicAccess: false });
    expect(apiRequests().map((request) => request.method)).toEqual(['POST', 'POST']);
  });

  it('accepts the deprecated `filename` spelling and derives the type from the extension', async () => {
    const { client } = createTestClient();
    const result = await client.videos.upload(videoBytes(10), { filename: 'old.mov', waitUntilReady: false });
    expect(await apiRequests()[0]?.json()).toMatchObject({ filename: 'old.mov', contentType: 'video/quicktime' });
    expect(mock.state.videos.get(result.videoID)?.name).toBe('old.mov');
  });

  it('still takes the deprecated `encodingMode` and sends it as the API `EncodingMode`', async () => {
    const { client } = createTestClient();
    await client.videos.upload(videoBytes(10), { fileName: 'a.mp4', encodingMode: 'slow', waitUntilReady: false });
    expect(await apiRequests()[0]?.json()).toMatchObject({ EncodingMode: 'slow' });
  });

  it('gives the last HesedVid answer, its request id and rate limit with .withResponse()', async () => {
    const { client } = createTestClient();
    const { data, response, rateLimit } = await client.videos
      .upload(videoBytes(10), { fileName: 'with-response.mp4', pollInterval: 10 })
      .withResponse();
    expect(data).toEqual({ videoID: expect.stringMatching(/^pubvid_/), status: 'ready' });
    expect(response.status).toBe(200);
    const videoCalls = apiRequests().length;
    expect(apiRequests().at(-1)?.url).toMatch(/\/status$/);
    expect(rateLimit).toMatchObject({ limit: 1000, remaining: 1000 - videoCalls });
  });

  it('PUTs with exactly the content type the URL was signed for and without the API key', async () => {
    const { client } = createTestClient();
    await client.videos.upload(videoBytes(10), { fileName: 'movie.mkv', waitUntilReady: false });
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('content-type')).toBe('video/x-matroska');
    expect(put?.headers.get('x-api-key')).toBeNull();
  });

  it('returns status failed when processing fails', async () => {
    const other = useOtherMock({ processingOutcome: () => 'failed', processingPolls: 0 });
    const { client } = createTestClient();
    const result = await client.videos.upload(videoBytes(10), { fileName: 'broken.mp4', pollInterval: 10 });
    expect(result.status).toBe('failed');
    expect(other.state.videos.get(result.videoID)?.status).toBe('failed');
  });

  it('times out waiting for ready with APITimeoutError', async () => {
    const { client } = createTestClient();
    const error = await rejectionOf(client.videos.upload(videoBytes(10), { fileName: 'slow.mp4', pollInterval: 1000, timeout: 1500 }));
    expect(error).toMatchObject({ name: 'APITimeoutError' });
  });

  it('stops when the signal aborts during polling', async () => {
    const { client } = createTestClient();
    const controller = new AbortController();
    const error = await rejectionOf(
      client.videos.upload(videoBytes(10), {
        fileName: 'abort.mp4',
        signal: controller.signal,
        onProgress: (event) => {
          if (event.stage === 'processing') {
            controller.abort();
          }
        },
      }),
    );
    expect(error).toMatchObject({ name: 'RequestAbortedError' });
    expect(apiRequests().filter((request) => request.url.endsWith('/status'))).toHaveLength(1);
  });
});

describe('videos.upload with the other documented upload-url answers', () => {
  it('reads the REST reference shape (ISO expiresAt) when it carries videoID', async () => {
    const other = useOtherMock({ uploadUrlShape: 'reference' });
    const { client } = createTestClient();
    const issued = await client.videos.createUploadUrl({ fileName: 'ref.mp4', fileSize: 100 });
    expect(issued.videoID).toMatch(/^pubvid_/);
    expect(typeof issued.expiresAt).toBe('string');
    expect(Number.isNaN(Date.parse(String(issued.expiresAt)))).toBe(false);
    const result = await client.videos.upload(videoBytes(100), { fileName: 'ref.mp4', pollInterval: 10 });
    expect(result.status).toBe('ready');
    expect(other.state.videos.get(result.videoID)?.status).toBe('ready');
  });

  it('refuses the cut-off shape without videoID before uploading any bytes', async () => {
    useOtherMock({ uploadUrlShape: 'reference-without-id' });
    const { client } = createTestClient();
    const error = await rejectionOf(client.videos.upload(videoBytes(100), { fileName: 'ref.mp4' }));
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(error.message).toContain('without a `videoID`');
    expect(requests.map((request) => request.method)).toEqual(['POST']);
  });
});

describe('videos.upload refuses bad input before any request', () => {
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    [
      'an unknown option',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', pollIntervall: 5 } as never),
      /unknown option `pollIntervall`.*pollInterval/,
    ],
    [
      'a wrong file type',
      () => createTestClient().client.videos.upload(new File([videoBytes()], 'cat.png', { type: 'image/png' })),
      /image\/png.*not a video type/,
    ],
    [
      'an unknown extension',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'clip.flv' }),
      /clip\.flv" is video\/x-flv, not a video type HesedVid takes/,
    ],
    [
      'an extension nobody knows',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'clip.xyz' }),
      /cannot tell the video type of "clip\.xyz"/,
    ],
    [
      'disagreeing encoding modes',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', EncodingMode: 'fast', encodingMode: 'slow' }),
      /`EncodingMode` and `encodingMode` disagree/,
    ],
    [
      'a misspelt request option',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4' }, { timout: 1 } as never),
      /unknown option `timout`\. Did you mean `timeout`\?/,
    ],
    [
      'a content type HesedVid does not take',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', contentType: 'video/flv' as never }),
      /not a video type/,
    ],
    ['bytes without a name', () => createTestClient().client.videos.upload(videoBytes()), /no file name/],
    ['an empty file', () => createTestClient().client.videos.upload(new Uint8Array(0), { fileName: 'a.mp4' }), /empty/],
    [
      'a stream without fileSize',
      () => createTestClient().client.videos.upload(new Blob([videoBytes()]).stream(), { fileName: 'a.mp4' }),
      /fileSize/,
    ],
    [
      'disagreeing names',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', filename: 'b.mp4' }),
      /disagree/,
    ],
    [
      'a bad video quality',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', videoQuality: 'max' as never }),
      /videoQuality/,
    ],
    [
      'a bad edge length',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', maxEdgeLength: 1000 as never }),
      /maxEdgeLength/,
    ],
    [
      'a negative poll interval',
      () => createTestClient().client.videos.upload(videoBytes(), { fileName: 'a.mp4', pollInterval: -1 }),
      /pollInterval/,
    ],
    [
      'no environment',
      () => createTestClient({ environment: undefined }).client.videos.upload(videoBytes(), { fileName: 'a.mp4' }),
      /scoped to an environment/,
    ],
    ['a missing file', () => createTestClient().client.videos.upload('/no/such/file.mp4'), /cannot be read/],
  ];
  for (const [name, run, message] of cases) {
    it(`refuses ${name}`, async () => {
      const error = await rejectionOf(run());
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(message);
      expect(requests).toHaveLength(0);
    });
  }
});

/** Puts a differently configured mock in front of the file's one for a single test. */
function useOtherMock(options: HesedVidMockOptions) {
  const other = createHesedVidMock(options);
  server.use(...other.handlers);
  return other;
}
