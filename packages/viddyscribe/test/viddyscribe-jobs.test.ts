import { viddyscribeBaseUrl } from '@conduit/testing/viddyscribe';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { APITimeoutError, ConfigurationError, type JobResult, RequestAbortedError, ViddyScribeJobFailedError } from '../src/index.js';
import { createTestClient, smallVideo, useViddyScribeMock } from './viddyscribe-harness.js';

const { requests, mock, server } = useViddyScribeMock();

describe('jobs.wait', () => {
  it('polls a text job through queued → processing → done and returns its output', async () => {
    const { client, clock } = createTestClient({ pollInterval: 3000 });
    const media = await client.media.upload(smallVideo, { filename: 'a.mp4' });
    const job = await client.generateText(media.media_id, { format: 'vtt' });
    const seen: string[] = [];
    const result = await client.jobs.wait(job.job_id, { onProgress: (update) => seen.push(update.status) });
    expect(seen).toEqual(['queued', 'processing', 'done']);
    expect(result).toMatchObject({
      job_id: job.job_id,
      status: 'done',
      output: { format: 'vtt', content: expect.stringContaining('WEBVTT') },
    });
    expect(clock.sleeps).toEqual([3000, 3000]);
    expect(requests).toEqual(['POST /upload_media', 'POST /generate_ad_text', 'GET /get_results', 'GET /get_results', 'GET /get_results']);
  });

  it('returns json segments for a json text job', async () => {
    const { client } = createTestClient();
    const job = await client.generateText(mock.seedMedia(), { format: 'json' });
    const result = await client.jobs.wait(job.job_id);
    expect(result.output).toMatchObject({
      segments: expect.arrayContaining([expect.objectContaining({ start: 0.5, end: 3.1, text: expect.any(String) })]),
    });
  });

  it('waits an audio job to its AD audio track', async () => {
    const { client } = createTestClient();
    const job = await client.generateAudio(mock.seedMedia(), { voice: 'Achernar', format: 'srt' });
    const result = await client.jobs.wait(job.job_id, { interval: 10 });
    expect(result.status).toBe('done');
    expect(result.audio_signed_url).toMatch(/audio\.wav\?.*X-Goog-Signature=/);
    expect(result.video_signed_url).toBeUndefined();
    const links = await client.jobs.downloadUrls(job.job_id);
    expect(links).toMatchObject({ job_id: job.job_id, audio_signed_url: result.audio_signed_url });
    expect(links.video_signed_url).toBeUndefined();
  });

  it('waits a standard_ad video job to its video and audio links', async () => {
    const { client } = createTestClient();
    const job = await client.generateVideo('https://example.com/film.mp4', { adType: 'standard_ad' });
    const result = await client.jobs.wait(job.job_id);
    expect(result.video_signed_url).toMatch(/video\.mp4\?/);
    expect(result.audio_signed_url).toMatch(/audio\.wav\?/);
  });

  it('throws ViddyScribeJobFailedError with the job error text and code', async () => {
    const { client } = createTestClient();
    const job = await client.generateVideo(mock.seedMedia({ failJobs: true }));
    const error = await client.jobs.wait(job.job_id).catch((caught: unknown) => caught);
    expect(ViddyScribeJobFailedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      message: 'The video could not be processed.',
      code: 'video_processing_failed',
      jobId: job.job_id,
      retryable: false,
      job: expect.objectContaining({ status: 'failed' }),
    });
  });

  it('gives up with APITimeoutError after its timeout', async () => {
    mock.state.processingReads = 100;
    const { client } = createTestClient();
    const job = await client.generateText(mock.seedMedia());
    const error = await client.jobs.wait(job.job_id, { interval: 1000, timeout: 4500 }).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect(requests.filter((line) => line === 'GET /get_results')).toHaveLength(5);
  });

  it('stops when the caller aborts', async () => {
    mock.state.processingReads = 100;
    const { client } = createTestClient();
    const job = await client.generateText(mock.seedMedia());
    const controller = new AbortController();
    const error = await client.jobs
      .wait(
        job.job_id,
        { onProgress: (update: JobResult) => update.status === 'processing' && controller.abort() },
        { signal: controller.signal },
      )
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(requests.filter((line) => line === 'GET /get_results')).toHaveLength(2);
  });

  it('still takes the deprecated signal among its own options', async () => {
    mock.state.processingReads = 100;
    const { client } = createTestClient();
    const job = await client.generateText(mock.seedMedia());
    const controller = new AbortController();
    const error = await client.jobs
      .wait(job.job_id, { signal: controller.signal, onProgress: (update) => update.status === 'processing' && controller.abort() })
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(requests.filter((line) => line === 'GET /get_results')).toHaveLength(2);
  });

  it('also stops when the client-wide signal aborts between polls', async () => {
    mock.state.processingReads = 100;
    const controller = new AbortController();
    const { client } = createTestClient({ signal: controller.signal });
    const job = await client.generateText(mock.seedMedia());
    const sleeps: number[] = [];
    const error = await client.jobs
      .wait(job.job_id, {
        interval: (poll) => {
          sleeps.push(poll);
          if (poll === 2) {
            controller.abort();
          }
          return 10;
        },
      })
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(sleeps).toEqual([1, 2]);
  });

  it('ends the wait on the client-wide signal even when the call has its own', async () => {
    mock.state.processingReads = 100;
    const client = new AbortController();
    const call = new AbortController();
    const { client: viddyscribe } = createTestClient({ signal: client.signal });
    const job = await viddyscribe.generateText(mock.seedMedia());
    const error = await viddyscribe.jobs
      .wait(
        job.job_id,
        {
          interval: (poll) => {
            if (poll === 2) {
              client.abort();
            }
            return 10;
          },
        },
        { signal: call.signal },
      )
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(call.signal.aborted).toBe(false);
  });

  it('accepts an interval function of the poll number', async () => {
    const { client, clock } = createTestClient();
    const job = await client.generateText(mock.seedMedia());
    await client.jobs.wait(job.job_id, { interval: (poll) => poll * 100 });
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('refuses bad ids and options before any request', async () => {
    const { client } = createTestClient();
    await expect(client.jobs.wait('')).rejects.toSatisfy(ConfigurationError.isInstance);
    await expect(client.jobs.wait('task_1', { timeout: -1 })).rejects.toThrow(/`timeout`/);
    await expect(client.jobs.wait('task_1', { every: 5 } as never)).rejects.toThrow(/unknown option `every`/);
    await expect(client.jobs.get('task 1')).rejects.toThrow(/job id/);
    expect(requests).toEqual([]);
  });
});

describe('jobs.downloadUrls: links expire after 15 minutes', () => {
  it('serves cached links while fresh and re-reads get_results once they are ~14 minutes old', async () => {
    const { client, clock } = createTestClient();
    const job = await client.generateVideo(mock.seedMedia(), { adType: 'extended_ad' });
    const done = await client.jobs.wait(job.job_id);
    const readsAfterWait = requests.length;

    const first = await client.jobs.downloadUrls(job.job_id).withResponse();
    expect(first.data).toMatchObject({ job_id: job.job_id, status: 'done', video_signed_url: done.video_signed_url });
    expect(first.data.audio_signed_url).toBeUndefined();
    expect(first.response.status).toBe(200);
    expect(requests).toHaveLength(readsAfterWait);

    clock.advance(13 * 60_000);
    expect((await client.jobs.downloadUrls(job.job_id)).video_signed_url).toBe(done.video_signed_url);
    expect(requests).toHaveLength(readsAfterWait);

    clock.advance(60_000);
    const refreshed = await client.jobs.downloadUrls(job.job_id);
    expect(requests.slice(readsAfterWait)).toEqual(['GET /get_results']);
    expect(refreshed.video_signed_url).toMatch(/video\.mp4\?/);
    expect(refreshed.video_signed_url).not.toBe(done.video_signed_url);
  });

  it('honours a shorter linkMaxAge', async () => {
    const { client, clock } = createTestClient({ linkMaxAge: 60_000 });
    const job = await client.generateVideo(mock.seedMedia());
    await client.jobs.wait(job.job_id);
    const count = requests.length;
    clock.advance(61_000);
    await client.jobs.downloadUrls(job.job_id);
    expect(requests).toHaveLength(count + 1);
  });

  it('reads get_results when nothing is cached, and reports a job not yet done without links', async () => {
    const { client } = createTestClient();
    const job = await client.generateVideo(mock.seedMedia());
    const links = await client.jobs.downloadUrls(job.job_id);
    expect(links).toMatchObject({ status: 'queued' });
    expect(links.video_signed_url ?? links.audio_signed_url).toBeUndefined();
    expect(requests).toEqual(['POST /generate_ad_video', 'GET /get_results']);
  });

  it('reads the older result_url as video_signed_url, and keeps an answer without links as it is', async () => {
    const { client } = createTestClient();
    server.use(
      http.get(`${viddyscribeBaseUrl}/get_results`, ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get('job_id') === 'task_old'
            ? { job_id: 'task_old', status: 'done', result_url: 'https://storage.example/old.mp4' }
            : { job_id: 'task_bare', status: 'done' },
        ),
      ),
    );
    await expect(client.jobs.downloadUrls('task_old')).resolves.toEqual({
      job_id: 'task_old',
      status: 'done',
      result_url: 'https://storage.example/old.mp4',
      video_signed_url: 'https://storage.example/old.mp4',
    });
    await expect(client.jobs.downloadUrls('task_bare')).resolves.toEqual({ job_id: 'task_bare', status: 'done' });
  });

  it('throws ViddyScribeJobFailedError for a failed job', async () => {
    const { client } = createTestClient();
    const job = await client.generateText(mock.seedMedia({ failJobs: true }));
    mock.state.processingReads = 0;
    await client.jobs.get(job.job_id);
    await expect(client.jobs.downloadUrls(job.job_id)).rejects.toSatisfy(ViddyScribeJobFailedError.isInstance);
  });
});
