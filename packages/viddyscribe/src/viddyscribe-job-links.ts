import type { APIResponse } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import type { JobKind } from './viddyscribe-generation-config.js';

/** `get_results` answer. */
export type JobResult = components['schemas']['JobResult'];

/** Signed result URLs expire 15 minutes after the `get_results` answer that carried them. */
export const linkLifetime = 15 * 60_000;

const maxEntries = 500;

/** Remembers the latest finished `get_results` answer of each job (and the kind of jobs this client started). */
export interface JobLinkCache {
  rememberKind(jobId: string, kind: JobKind): void;
  store(answer: APIResponse<JobResult>, fetchedAt: number): void;
  /** The cached answer when it is no older than `maxAge`, or `undefined`. */
  fresh(jobId: string, now: number, maxAge: number): APIResponse<JobResult> | undefined;
  /** The answer with its download links where the spec says to read them (see `withLinks`). */
  withLinks(job: JobResult): JobResult;
}

function bounded<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxEntries) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) {
      map.delete(oldest);
    }
  }
}

/** Creates an empty cache (bounded to the latest 500 jobs). */
export function createJobLinkCache(): JobLinkCache {
  const kinds = new Map<string, JobKind>();
  const results = new Map<string, { answer: APIResponse<JobResult>; fetchedAt: number }>();
  return {
    rememberKind: (jobId, kind) => bounded(kinds, jobId, kind),
    store(answer, fetchedAt) {
      const job = answer.data;
      if (job.video_signed_url || job.audio_signed_url || job.result_url) {
        bounded(results, job.job_id, { answer, fetchedAt });
      }
    },
    fresh(jobId, now, maxAge) {
      const entry = results.get(jobId);
      return entry && now - entry.fetchedAt < maxAge ? entry.answer : undefined;
    },
    // The spec's guidance: an audio job's WAV is `audio_signed_url ?? video_signed_url`; an older
    // revision named the video link `result_url`. Both are filled in under the spec's current names.
    withLinks(job) {
      if (kinds.get(job.job_id) === 'audio') {
        const audio = job.audio_signed_url ?? job.video_signed_url;
        return audio === undefined ? job : { ...job, audio_signed_url: audio };
      }
      const video = job.video_signed_url ?? job.result_url;
      return video === undefined ? job : { ...job, video_signed_url: video };
    },
  };
}
