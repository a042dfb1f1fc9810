import { viddyscribeBaseUrl } from '@conduit/testing/viddyscribe';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ConflictError, InternalServerError, QuotaExceededError, RateLimitError } from '../src/index.js';
import { createTestClient, useViddyScribeMock } from './viddyscribe-harness.js';

const { requests, server, mock } = useViddyScribeMock();

/** Records the JSON body of every generate call, then lets the mock answer. */
function recordBodies() {
  const bodies: unknown[] = [];
  server.use(
    http.post(`${viddyscribeBaseUrl}/:operation`, async ({ request, params }) => {
      if (String(params.operation).startsWith('generate_ad_')) {
        bodies.push(await request.clone().json());
      }
      return undefined;
    }),
  );
  return bodies;
}

describe('generate calls map every documented option', () => {
  it('sends text options as generation_config with input.type media_id', async () => {
    const bodies = recordBodies();
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    const job = await client.generateText(mediaId, {
      language: 'en-US',
      format: 'srt',
      adType: 'extended_ad',
      customInstructions: 'Keep it short.',
      readAllOnscreenText: true,
      filename: 'talk.mp4',
    });
    expect(job).toMatchObject({ job_id: expect.stringMatching(/^task_/), status: 'queued', media_id: mediaId });
    expect(bodies).toEqual([
      {
        input: { type: 'media_id', media_id: mediaId, filename: 'talk.mp4' },
        generation_config: {
          language: 'en-US',
          format: 'srt',
          ad_type: 'extended_ad',
          custom_instructions: 'Keep it short.',
          read_all_onscreen_text: true,
        },
      },
    ]);
  });

  it('always sends a format (json by default) and audio always sends standard_ad', async () => {
    const bodies = recordBodies();
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    await client.generateText(mediaId);
    await client.generateAudio(mediaId);
    expect(bodies).toEqual([
      { input: { type: 'media_id', media_id: mediaId }, generation_config: { format: 'json' } },
      {
        input: { type: 'media_id', media_id: mediaId },
        generation_config: { format: 'json', ad_type: 'standard_ad', audio_track_type: 'mixed' },
      },
    ]);
  });

  it('sends every audio and video option under its spec name', async () => {
    const bodies = recordBodies();
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    const narration = {
      voice: 'Achernar',
      videoCategory: 'Documentary',
      autoFit: true,
      allowDescriptionsOverMusic: false,
      volumeOption: 'max',
      volumeLevelDb: -5,
      descriptionContent: 'WEBVTT\n\n00:01.000 --> 00:02.000\nA door opens.',
    } as const;
    const spec = {
      voice: 'Achernar',
      video_category: 'Documentary',
      auto_fit: true,
      allow_descriptions_over_music: false,
      volume_option: 'max',
      volume_level_db: -5,
      description_content: 'WEBVTT\n\n00:01.000 --> 00:02.000\nA door opens.',
    };
    await client.generateAudio(mediaId, {
      ...narration,
      language: 'fr-FR',
      format: 'vtt',
      adType: 'standard_ad',
      audioTrackType: 'ad_only',
      customCaptions: { content: 'WEBVTT', format: 'vtt' },
    });
    await client.generateVideo('https://example.com/film.mp4', {
      ...narration,
      adType: 'extended_ad',
      readAllOnscreenText: false,
      format: 'edl',
    });
    expect(bodies).toEqual([
      {
        input: { type: 'media_id', media_id: mediaId },
        generation_config: {
          ...spec,
          language: 'fr-FR',
          format: 'vtt',
          ad_type: 'standard_ad',
          audio_track_type: 'ad_only',
          custom_captions: { content: 'WEBVTT', format: 'vtt' },
        },
      },
      {
        input: { type: 'url', url: 'https://example.com/film.mp4' },
        generation_config: { ...spec, format: 'edl', ad_type: 'extended_ad', read_all_onscreen_text: false },
      },
    ]);
  });
});

describe('generate calls refuse bad input before any request', () => {
  const mediaId = '550e8400-e29b-41d4-a716-446655440000';
  it.each([
    ['audio with extended_ad', (client) => client.generateAudio(mediaId, { adType: 'extended_ad' as never }), /Standard AD only/],
    [
      'an unknown format',
      (client) => client.generateText(mediaId, { format: 'docx' as never }),
      /`format` must be one of json, vtt, srt, edl/,
    ],
    [
      'an unknown ad type',
      (client) => client.generateVideo(mediaId, { adType: 'ultra_ad' as never }),
      /`adType` must be one of standard_ad, extended_ad/,
    ],
    [
      'volume out of range',
      (client) => client.generateVideo(mediaId, { volumeLevelDb: 3 }),
      /`volumeLevelDb` must be a number from -10 to 0/,
    ],
    [
      'an unknown volume option',
      (client) => client.generateAudio(mediaId, { volumeOption: 'loud' as never }),
      /`volumeOption` must be one of auto, max/,
    ],
    ['an unknown track type', (client) => client.generateAudio(mediaId, { audioTrackType: 'stereo' as never }), /`audioTrackType`/],
    ['a malformed language', (client) => client.generateText(mediaId, { language: 'english please' }), /BCP-47/],
    ['a non-boolean flag', (client) => client.generateVideo(mediaId, { autoFit: 'yes' as never }), /`autoFit` must be true or false/],
    ['a voice on a text job', (client) => client.generateText(mediaId, { voice: 'Achernar' } as never), /unknown option `voice`/],
    [
      'captions on a video job',
      (client) => client.generateVideo(mediaId, { customCaptions: { content: 'x' } } as never),
      /unknown option `customCaptions`/,
    ],
    [
      'captions without content',
      (client) => client.generateAudio(mediaId, { customCaptions: { format: 'vtt' } as never }),
      /customCaptions.content/,
    ],
    ['a media id that is not a UUID', (client) => client.generateText('media_123'), /media id is the UUID/],
    ['a negative uploadReadyTimeout', (client) => client.generateText(mediaId, { uploadReadyTimeout: -1 }), /uploadReadyTimeout/],
  ] satisfies Array<[string, (client: ReturnType<typeof createTestClient>['client']) => Promise<unknown>, RegExp]>)(
    'refuses %s',
    async (_name, call, message) => {
      const { client } = createTestClient();
      const error = await call(client).catch((caught: unknown) => caught);
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect(requests).toEqual([]);
    },
  );
});

describe('generate calls start paid jobs: retries only when safe', () => {
  it('does not repeat the POST after an ambiguous 500', async () => {
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    server.use(mock.scenarios.outage({ path: '/generate_ad_video', status: 500 }));
    await expect(client.generateVideo(mediaId)).rejects.toSatisfy(InternalServerError.isInstance);
    expect(requests).toEqual(['POST /generate_ad_video']);
    expect(mock.state.jobs.size).toBe(0);
  });

  it('repeats it when the caller says it is idempotent', async () => {
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    server.use(mock.scenarios.outage({ path: '/generate_ad_video', status: 500 }));
    await expect(client.generateVideo(mediaId, {}, { idempotent: true })).resolves.toMatchObject({ status: 'queued' });
    expect(requests).toEqual(['POST /generate_ad_video', 'POST /generate_ad_video']);
  });

  it('retries a 429 rate_limit_exceeded after its Retry-After (the job was not started)', async () => {
    const { client, clock } = createTestClient();
    const mediaId = mock.seedMedia();
    server.use(mock.scenarios.rateLimited({ path: '/generate_ad_text', retryAfter: 7 }));
    await expect(client.generateText(mediaId)).resolves.toMatchObject({ status: 'queued' });
    expect(requests).toEqual(['POST /generate_ad_text', 'POST /generate_ad_text']);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('retries 429 queue_limit_exceeded from a full queue', async () => {
    const full = { status: 429, code: 'queue_limit_exceeded', headers: { 'retry-after': '30' } };
    server.use(
      mock.scenarios.sequence(
        Array.from({ length: 10 }, () => full),
        { path: '/generate_ad_text' },
      ),
    );
    const { client, clock } = createTestClient();
    const error = await client.generateText(mock.seedMedia()).catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'queue_limit_exceeded', retryAfterMs: 30_000 });
    expect(requests).toEqual(Array.from({ length: 3 }, () => 'POST /generate_ad_text'));
    expect(clock.sleeps).toEqual([30_000, 30_000]);
    expect(mock.state.jobs.size).toBe(0);
  });

  it('turns 429 plan_limit_exceeded into QuotaExceededError and does not retry it', async () => {
    mock.exhaustCredits();
    const { client } = createTestClient();
    const mediaId = mock.seedMedia();
    const error = await client.generateVideo(mediaId).catch((caught: unknown) => caught);
    expect(QuotaExceededError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, code: 'plan_limit_exceeded', retryable: false, attempts: 1 });
    expect(RateLimitError.isInstance(error)).toBe(false);
    expect(requests).toEqual(['POST /generate_ad_video']);
  });

  it('turns the older 403 limit_reached into QuotaExceededError too', async () => {
    server.use(mock.scenarios.sequence([{ status: 403, code: 'limit_reached' }], { path: '/generate_ad_text' }));
    const { client } = createTestClient();
    const error = await client.generateText(mock.seedMedia()).catch((caught: unknown) => caught);
    expect(QuotaExceededError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, code: 'limit_reached' });
    expect(requests).toHaveLength(1);
  });
});

describe('409 upload_not_ready is waited on', () => {
  it('retries with backoff until the media is verified', async () => {
    const { client, clock } = createTestClient({ pollInterval: 2000 });
    const mediaId = mock.seedMedia({ uploadStatus: 'processing', readyAfter: 3 });
    const job = await client.generateVideo(mediaId, { format: 'vtt' });
    expect(job).toMatchObject({ status: 'queued', media_id: mediaId });
    expect(requests).toEqual(Array.from({ length: 4 }, () => 'POST /generate_ad_video'));
    expect(clock.sleeps).toEqual([2000, 4000, 8000]);
  });

  it('throws the 409 ConflictError once uploadReadyTimeout is spent', async () => {
    const { client } = createTestClient({ pollInterval: 2000 });
    const mediaId = mock.seedMedia({ uploadStatus: 'processing', readyAfter: 50 });
    const error = await client.generateText(mediaId, { uploadReadyTimeout: 10_000 }).catch((caught: unknown) => caught);
    expect(ConflictError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 409, code: 'upload_not_ready', details: { upload_status: 'processing' } });
    expect(requests).toHaveLength(3);
  });

  it('surfaces it at once with uploadReadyTimeout 0, and never waits on upload_failed', async () => {
    const { client, clock } = createTestClient();
    const notReady = mock.seedMedia({ uploadStatus: 'processing', readyAfter: 5 });
    const failed = mock.seedMedia({ uploadStatus: 'failed' });
    await expect(client.generateText(notReady, { uploadReadyTimeout: 0 })).rejects.toMatchObject({ code: 'upload_not_ready' });
    await expect(client.generateText(failed)).rejects.toMatchObject({ name: 'ConflictError', code: 'upload_failed' });
    expect(requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([]);
  });
});
