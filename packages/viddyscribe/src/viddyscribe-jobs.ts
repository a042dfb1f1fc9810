import {
  APIPromise,
  type APIResponse,
  ConfigurationError,
  callApi,
  checkRequestOptions,
  pollUntil,
  type RequestOptions,
} from '@conduit/core';
import { checkDuration, checkJobId, readOptions, requestOptionsOf } from './viddyscribe-checks.js';
import { type ViddyScribeContext, waitSignal } from './viddyscribe-context.js';
import { ViddyScribeJobFailedError } from './viddyscribe-job-failed-error.js';
import type { JobLinkCache, JobResult } from './viddyscribe-job-links.js';
import { jobResultSchema } from './viddyscribe-response-schemas.js';

/** Options of `jobs.wait` (request options such as `signal` go in the last argument). Durations are milliseconds. */
export interface WaitForJobOptions {
  /** Wait between polls in milliseconds, or a function of the poll number (default: the client's `pollInterval`). */
  interval?: number | ((poll: number, job: JobResult) => number) | undefined;
  /** Give up after this many milliseconds with `APITimeoutError` (default 3600000). */
  timeout?: number | undefined;
  /** Called with every `get_results` answer, including the final one. */
  onProgress?: ((job: JobResult) => void) | undefined;
  /** @deprecated Pass `signal` in the request options (the last argument). */
  signal?: AbortSignal | undefined;
}

const waitOptionKeys = ['interval', 'timeout', 'onProgress', 'signal'] as const;
const defaultWaitTimeout = 3_600_000;

/** `done` per the spec; `completed` is accepted as a synonym in case the service says it. */
const isSucceeded = (status: string) => status === 'done' || status === 'completed';

/** `client.jobs`: status, waiting and result links of generation jobs. */
export interface JobsNamespace {
  /** Reads `get_results` once. */
  get(jobId: string, options?: RequestOptions): APIPromise<JobResult>;
  /**
   * Polls `get_results` until the job is `done` (resolves to that answer) or `failed`
   * (`ViddyScribeJobFailedError`). `options.signal` (and the client's) also ends the waits between polls.
   */
  wait(jobId: string, wait?: WaitForJobOptions, options?: RequestOptions): APIPromise<JobResult>;
  /**
   * The `get_results` answer of a finished job, read again once the cached one is `linkMaxAge` old
   * (links expire 15 minutes after it). For audio jobs `audio_signed_url` falls back to
   * `video_signed_url`, for the others `video_signed_url` to the older `result_url`.
   */
  downloadUrls(jobId: string, options?: RequestOptions): APIPromise<JobResult>;
}

/** Builds `client.jobs`. */
export function createJobsNamespace(context: ViddyScribeContext, links: JobLinkCache): JobsNamespace {
  const read = async (label: string, jobId: string, options: RequestOptions | undefined): Promise<APIResponse<JobResult>> => {
    const answer = await callApi<JobResult>(context.transport, {
      label: `ViddyScribe ${label}`,
      options,
      send: (fetch) => context.api.GET('/get_results', { params: { query: { job_id: jobId } }, fetch }),
      read: { what: 'ViddyScribe get_results', schema: jobResultSchema },
    }).withResponse();
    if (isSucceeded(answer.data.status)) {
      links.store(answer, context.now());
    }
    return answer;
  };

  return {
    get(jobId, options) {
      return APIPromise.from(() => read('jobs.get', checkJobId('jobs.get', jobId), options));
    },

    wait(jobId, wait, options) {
      const label = 'jobs.wait';
      return APIPromise.from(async () => {
        const given = readOptions(wait, waitOptionKeys, label);
        const requestOptions = requestOptionsOf(given, ['signal'], options, label);
        if (given.onProgress !== undefined && typeof given.onProgress !== 'function') {
          throw new ConfigurationError(`${label}: \`onProgress\` must be a function.`);
        }
        checkJobId(label, jobId);
        const { interval } = given;
        if (typeof interval !== 'function') {
          checkDuration(label, 'interval', interval);
        }
        checkDuration(label, 'timeout', given.timeout);
        const answer = await pollUntil(() => read(label, jobId, requestOptions), {
          isDone: ({ data }) => isSucceeded(data.status) || data.status === 'failed',
          interval: typeof interval === 'function' ? (poll, { data }) => interval(poll, data) : (interval ?? context.pollInterval),
          timeout: given.timeout ?? defaultWaitTimeout,
          signal: waitSignal(context, requestOptions.signal),
          onProgress: ({ data }) => given.onProgress?.(data),
          now: context.now,
          sleep: context.sleep,
        });
        if (answer.data.status === 'failed') {
          throw new ViddyScribeJobFailedError(answer.data);
        }
        return answer;
      });
    },

    downloadUrls(jobId, options) {
      const label = 'jobs.downloadUrls';
      return APIPromise.from(async () => {
        checkRequestOptions(options, label);
        checkJobId(label, jobId);
        const answer = links.fresh(jobId, context.now(), context.linkMaxAge) ?? (await read(label, jobId, options));
        if (answer.data.status === 'failed') {
          throw new ViddyScribeJobFailedError(answer.data);
        }
        return { ...answer, data: links.withLinks(answer.data) };
      });
    },
  };
}
