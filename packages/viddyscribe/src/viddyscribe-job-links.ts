import type { components } from '@conduit/specs/viddyscribe';
import type { JobKind } from './viddyscribe-generation-config.js';

/** `get_results` answer. */
export type JobResult = components['schemas']['JobResult'];

/** Result download links of a job and how long they stay valid. */
export interface JobDownloadLinks {
  /** The job these links belong to. */
  readonly jobId: string;
  /** The job's status when the links were read. */
  readonly status: JobResult['status'];
  /** The rendered video (`video_signed_url`, or the older `result_url`). */
  readonly videoUrl: string | undefined;
  /** The AD audio track (`audio_signed_url`; for audio jobs `video_signed_url` when the service put it there). */
  readonly audioUrl: string | undefined;
  /** When `get_results` was read, epoch milliseconds. */
  readonly fetchedAt: number;
  /** When the links stop working (15 minutes after `fetchedAt`), epoch milliseconds. */
  readonly expiresAt: number;
}

/** Signed result URLs expire 15 minutes after the `get_results` answer that carried them. */
export const linkLifetime = 15 * 60_000;

const maxEntries = 500;

/** Remembers the latest finished result of each job (and the kind of jobs this client started). */
export interface JobLinkCache {
  rememberKind(jobId: string, kind: JobKind): void;
  store(job: JobResult, fetchedAt: number): void;
  /** Cached links no older than `maxAge`, or `undefined`. */
  fresh(jobId: string, now: number, maxAge: number): JobDownloadLinks | undefined;
  toLinks(job: JobResult, fetchedAt: number): JobDownloadLinks;
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
  const results = new Map<string, { job: JobResult; fetchedAt: number }>();
  const toLinks = (job: JobResult, fetchedAt: number): JobDownloadLinks => {
    const audioJob = kinds.get(job.job_id) === 'audio';
    return {
      jobId: job.job_id,
      status: job.status,
      videoUrl: audioJob ? undefined : (job.video_signed_url ?? job.result_url ?? undefined),
      audioUrl: job.audio_signed_url ?? (audioJob ? job.video_signed_url : undefined) ?? undefined,
      fetchedAt,
      expiresAt: fetchedAt + linkLifetime,
    };
  };
  return {
    rememberKind: (jobId, kind) => bounded(kinds, jobId, kind),
    store(job, fetchedAt) {
      if (job.video_signed_url || job.audio_signed_url || job.result_url) {
        bounded(results, job.job_id, { job, fetchedAt });
      }
    },
    fresh(jobId, now, maxAge) {
      const entry = results.get(jobId);
      return entry && now - entry.fetchedAt < maxAge ? toLinks(entry.job, entry.fetchedAt) : undefined;
    },
    toLinks,
  };
}
