import { ConfigurationError, pollUntil } from '@conduit/core';
import { checkDuration, checkJobId, readRequestOptions } from './viddyscribe-checks.js';
import { callFetch, joinSignals, type RequestOptions, requestOptionKeys, type ViddyScribeContext } from './viddyscribe-context.js';
import { ViddyScribeJobFailedError } from './viddyscribe-job-failed-error.js';
import type { JobDownloadLinks, JobLinkCache, JobResult } from './viddyscribe-job-links.js';
import { jobResultSchema, readData } from './viddyscribe-response.js';

/** Options of `jobs.wait`. Durations are milliseconds. */
export interface WaitForJobOptions {
  /** Wait between polls in milliseconds, or a function of the poll number (default: the client's `pollInterval`). */
  interval?: number | ((poll: number, job: JobResult) => number) | undefined;
  /** Give up after this many milliseconds with `APITimeoutError` (default 3600000). */
  timeout?: number | undefined;
  /** Aborts the wait and the poll in flight. */
  signal?: AbortSignal | undefined;
  /** Called with every `get_results` answer, including the final one. */
  onProgress?: ((job: JobResult) => void) | undefined;
}

const waitOptionKeys = ['interval', 'timeout', 'signal', 'onProgress'] as const;
const defaultWaitTimeout = 3_600_000;

/** `done` per the spec; `completed` is accepted as a synonym in case the service says it. */
const isSucceeded = (status: string) => status === 'done' || status === 'completed';

/** `client.jobs`: status, waiting and result links of generation jobs. */
export interface JobsNamespace {
  /** Reads `get_results` once. */
  get(jobId: string, options?: RequestOptions): Promise<JobResult>;
  /** Polls `get_results` until the job is `done` (returned) or `failed` (`ViddyScribeJobFailedError`). */
  wait(jobId: string, options?: WaitForJobOptions): Promise<JobResult>;
  /** Download links of a finished job, read again from `get_results` once the cached ones are ~14 minutes old. */
  downloadUrls(jobId: string, options?: RequestOptions): Promise<JobDownloadLinks>;
}

/** Builds `client.jobs`. */
export function createJobsNamespace(context: ViddyScribeContext, links: JobLinkCache): JobsNamespace {
  const read = async (jobId: string, options: RequestOptions): Promise<JobResult> => {
    const result = await context.api.GET('/get_results', { params: { query: { job_id: jobId } }, fetch: callFetch(context, options) });
    const job = readData<JobResult>(result, jobResultSchema, 'get_results');
    if (isSucceeded(job.status)) {
      links.store(job, context.now());
    }
    return job;
  };

  return {
    async get(jobId, options) {
      const given = readRequestOptions(options, requestOptionKeys, 'jobs.get');
      return read(checkJobId('jobs.get', jobId), given);
    },

    async wait(jobId, options) {
      const label = 'jobs.wait';
      const given = readRequestOptions(options, waitOptionKeys, label);
      if (given.onProgress !== undefined && typeof given.onProgress !== 'function') {
        throw new ConfigurationError(`${label}: \`onProgress\` must be a function.`);
      }
      checkJobId(label, jobId);
      if (typeof given.interval !== 'function') {
        checkDuration(label, 'interval', given.interval);
      }
      const job = await pollUntil((signal) => read(jobId, { signal }), {
        isDone: (value) => isSucceeded(value.status) || value.status === 'failed',
        interval: given.interval ?? context.pollInterval,
        timeout: given.timeout ?? defaultWaitTimeout,
        signal: joinSignals(context, given.signal),
        onProgress: given.onProgress,
        now: context.now,
        sleep: context.sleep,
      });
      if (job.status === 'failed') {
        throw new ViddyScribeJobFailedError(job);
      }
      return job;
    },

    async downloadUrls(jobId, options) {
      const given = readRequestOptions(options, requestOptionKeys, 'jobs.downloadUrls');
      checkJobId('jobs.downloadUrls', jobId);
      const cached = links.fresh(jobId, context.now(), context.linkMaxAge);
      if (cached) {
        return cached;
      }
      const job = await read(jobId, given);
      if (job.status === 'failed') {
        throw new ViddyScribeJobFailedError(job);
      }
      return links.toLinks(job, context.now());
    },
  };
}
