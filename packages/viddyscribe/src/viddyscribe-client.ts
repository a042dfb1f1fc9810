import { type APIPromise, createClientTransport, defaultSleep, type Middleware, type RequestOptions, type Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/viddyscribe';
import createClient from 'openapi-fetch';
import { checkDuration } from './viddyscribe-checks.js';
import type { ViddyScribeApi, ViddyScribeContext } from './viddyscribe-context.js';
import { viddyscribeDefinition } from './viddyscribe-definition.js';
import { type JobAccepted, type MediaReference, startGeneration } from './viddyscribe-generate.js';
import type { AudioGenerationOptions, TextGenerationOptions, VideoGenerationOptions } from './viddyscribe-generation-options.js';
import { createJobLinkCache } from './viddyscribe-job-links.js';
import { createJobsNamespace, type JobsNamespace } from './viddyscribe-jobs.js';
import { createMediaNamespace, type MediaNamespace } from './viddyscribe-media.js';
import { defaultViddyScribeOptions, type ViddyScribeClientOptions, viddyscribeOptionKeys } from './viddyscribe-options.js';

/** A ViddyScribe client: media uploads, generation jobs, results, and the raw typed API. */
export interface ViddyScribeClient {
  /** The raw openapi-fetch client on the same transport (typed errors; legacy endpoints live only here). */
  readonly api: ViddyScribeApi;
  /** Upload by URL, multipart or signed URL, and upload verification. */
  readonly media: MediaNamespace;
  /** Job status, waiting, and fresh result download links. */
  readonly jobs: JobsNamespace;
  /** Starts an AD text job (json, vtt, srt or edl) for a `media_id` or a public URL. */
  generateText(media: MediaReference, generation?: TextGenerationOptions, options?: RequestOptions): APIPromise<JobAccepted>;
  /** Starts an AD audio-track job (Standard AD only) for a `media_id` or a public URL. */
  generateAudio(media: MediaReference, generation?: AudioGenerationOptions, options?: RequestOptions): APIPromise<JobAccepted>;
  /** Starts a job rendering the video with AD mixed in, for a `media_id` or a public URL. */
  generateVideo(media: MediaReference, generation?: VideoGenerationOptions, options?: RequestOptions): APIPromise<JobAccepted>;
  /** The shared transport (`transport.stats` counts calls, attempts, retries and 429s). */
  readonly transport: Transport;
  /** Adds middleware (`onRequest`, `onResponse`, `onError`, `onEvent`) to every later call of this client. */
  use(...middleware: Middleware[]): void;
}

/**
 * Creates a ViddyScribe Enterprise API client. The key comes from `apiKey` or `VIDDYSCRIBE_API_KEY`
 * and must start with `vsk_`; every problem with the options is a `ConfigurationError` here.
 *
 * @example
 * ```ts
 * import { createViddyScribeClient } from '@conduit/viddyscribe';
 * const client = createViddyScribeClient();
 * const media = await client.media.upload('./talk.mp4');
 * const job = await client.generateText(media.media_id, { format: 'vtt', language: 'en-US' });
 * const result = await client.jobs.wait(job.job_id, { onProgress: (j) => console.log(j.status) });
 * const { requestId } = await client.jobs.get(job.job_id).withResponse();
 * ```
 */
export function createViddyScribeClient(options: ViddyScribeClientOptions = {}): ViddyScribeClient {
  const { transport, baseUrl } = createClientTransport(viddyscribeDefinition, options, viddyscribeOptionKeys);
  const label = 'createViddyScribeClient';
  const api = createClient<paths>({ baseUrl, fetch: transport });
  const context: ViddyScribeContext = {
    api,
    transport,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? defaultSleep,
    pollInterval: checkDuration(label, 'pollInterval', options.pollInterval) ?? defaultViddyScribeOptions.pollInterval,
    uploadReadyTimeout:
      checkDuration(label, 'uploadReadyTimeout', options.uploadReadyTimeout) ?? defaultViddyScribeOptions.uploadReadyTimeout,
    linkMaxAge: checkDuration(label, 'linkMaxAge', options.linkMaxAge) ?? defaultViddyScribeOptions.linkMaxAge,
    fetch: options.fetch,
    signal: options.signal,
  };
  const links = createJobLinkCache();
  const generate = (
    kind: 'text' | 'audio' | 'video',
    media: MediaReference,
    generation: object | undefined,
    callOptions?: RequestOptions,
  ) => startGeneration(context, kind, media, generation, callOptions, (job) => links.rememberKind(job.job_id, kind));
  return {
    api,
    media: createMediaNamespace(context),
    jobs: createJobsNamespace(context, links),
    generateText: (media, generation, callOptions) => generate('text', media, generation, callOptions),
    generateAudio: (media, generation, callOptions) => generate('audio', media, generation, callOptions),
    generateVideo: (media, generation, callOptions) => generate('video', media, generation, callOptions),
    transport,
    use: (...middleware) => transport.use(...middleware),
  };
}
