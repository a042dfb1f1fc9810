import type { components } from '@conduit/specs/viddyscribe';

type Schemas = components['schemas'];

/** A media item the mock knows. */
export interface ViddyScribeMockMedia {
  /** Media id. */
  id: string;
  /** File name, when known. */
  filename: string | undefined;
  /** Content type, when known. */
  contentType: string | undefined;
  /** How the media arrived: by URL, file upload, signed-URL upload, or seeded by a test. */
  via: 'url' | 'file' | 'signed_url' | 'seed';
  /** `pending_upload` → `processing` (after notify) → `completed`, or `failed`. */
  uploadStatus: 'pending_upload' | 'processing' | 'completed' | 'failed';
  /** Storage path of a signed upload. */
  gcsPath: string | undefined;
  /** Status reads (or 409-answered generate calls) left before verification completes. */
  checksLeft: number;
  /** Duration in seconds. */
  durationSeconds: number;
  /** Content fingerprint of signed uploads, for de-duplication (`canonical_media_id`). */
  fingerprint: string | undefined;
  /** Id of an earlier media item with the same content (`canonical_media_id`), when one exists. */
  canonicalId: string | undefined;
  /** Jobs on this media end `failed`. */
  failJobs: boolean;
}

/** A generation job the mock knows. */
export interface ViddyScribeMockJob {
  /** Job id. */
  id: string;
  /** What the job generates. */
  kind: 'text' | 'audio' | 'video';
  /** Media the job runs on. */
  mediaId: string;
  /** The `generation_config` as sent. */
  config: Record<string, unknown>;
  /** `get_results` reads so far. */
  reads: number;
  /** The job ends `failed`. */
  fail: boolean;
  /** When it was created, ISO date-time. */
  createdAt: string;
}

/** The mock's whole in-memory state; tests may change the knobs. */
export interface ViddyScribeMockState {
  /** Media by id. */
  media: Map<string, ViddyScribeMockMedia>;
  /** Jobs by id. */
  jobs: Map<string, ViddyScribeMockJob>;
  /** Credit minutes left (1 credit = 1 source minute, x0.5 text, x0.75 audio); `Infinity` by default. */
  credits: number;
  /** How exhausted credits are reported: `current` 429 `plan_limit_exceeded`, or the older docs' 403 `limit_reached`. */
  limitStyle: 'current' | 'legacy';
  /** Queued or processing jobs allowed at once before 429 `queue_limit_exceeded` (documented example: 100). */
  maxQueuedJobs: number;
  /** `get_results` reads answered `processing` after the first `queued` one, before `done`. */
  processingReads: number;
  /** `get_upload_status` reads answered `processing` after notify, before `completed`. */
  verificationReads: number;
  /** Every API request received, as `METHOD /path`. */
  requests: string[];
  /** Counter for job ids and link signatures. */
  sequence: number;
}

/** A fresh state with the default knobs. */
export function createViddyScribeState(): ViddyScribeMockState {
  return {
    media: new Map(),
    jobs: new Map(),
    credits: Number.POSITIVE_INFINITY,
    limitStyle: 'current',
    maxQueuedJobs: 100,
    processingReads: 1,
    verificationReads: 1,
    requests: [],
    sequence: 0,
  };
}

/** Status of a job after `reads` reads: `queued`, then `processing`, then `done` or `failed`. */
export function jobStatus(state: ViddyScribeMockState, job: ViddyScribeMockJob): Schemas['JobStatus'] {
  if (job.reads <= 1) {
    return 'queued';
  }
  if (job.reads <= 1 + state.processingReads) {
    return 'processing';
  }
  return job.fail ? 'failed' : 'done';
}
