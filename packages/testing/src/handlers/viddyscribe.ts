import { viddyScribeOperations } from '@conduit/specs/viddyscribe';
import { viddyScribeDocument } from '@conduit/specs/viddyscribe/document';
import { HttpResponse } from 'msw';
import { createMockKernel, type MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { resolveRef } from '../kernel/spec-schemas.js';
import type { MockValidationOptions, ProviderMock } from '../provider-mock.js';
import { createScenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { createSignedStorage, type SignedStorage, storageOrigin } from '../storage/signed-storage.js';

type Fields = Record<string, string | undefined>;

/** Default base URL of the ViddyScribe API (the client's default). */
export const viddyscribeBaseUrl = 'https://api.viddyscribe.com/enterprise/api';

/** A valid test key in the documented sample format (`vsk_` + 50 lowercase alphanumerics). */
export const viddyscribeTestKey = 'vsk_mock0123456789012345678901234567890123456789012345';

/** A media item the mock knows. */
export interface ViddyScribeMockMedia {
  /** Media id. */ id: string;
  /** `pending_upload` → `processing` (after notify) → `completed`, or `failed`. */
  uploadStatus: 'pending_upload' | 'processing' | 'completed' | 'failed';
  /** Storage path of a signed upload (`storage.get(gcsPath)` holds its bytes and content type). */ gcsPath?: string | undefined;
  /** Status reads (or 409-answered generate calls) left before verification completes. */ checksLeft: number;
  /** Id of an earlier media item with the same bytes (`canonical_media_id`), when one exists. */ canonicalId?: string | undefined;
  /** Jobs on this media end `failed` (set for a URL or file name containing `fail`). */ failJobs: boolean;
}

/** A generation job the mock knows. */
export interface ViddyScribeMockJob {
  /** What the job generates. */ kind: 'text' | 'audio' | 'video';
  /** Media the job runs on. */ mediaId: string;
  /** The `generation_config` as sent. */ config: Record<string, string | undefined>;
  /** `get_results` reads so far. */ reads: number;
}

/** The mock's whole in-memory state; tests may change the knobs. */
export interface ViddyScribeMockState {
  /** Media by id. */ media: Map<string, ViddyScribeMockMedia>;
  /** Jobs by id. */ jobs: Map<string, ViddyScribeMockJob>;
  /** Generate calls accepted before 429 `plan_limit_exceeded` (default `Infinity`). */ credits: number;
  /** `get_results` reads answered `processing` after the first `queued` one, before `done`. */ processingReads: number;
  /** `get_upload_status` reads answered `processing` after notify, before `completed`. */ verificationReads: number;
}

const knobs = { credits: Number.POSITIVE_INFINITY, processingReads: 1, verificationReads: 1 };
const freshState = (): ViddyScribeMockState => ({ media: new Map(), jobs: new Map(), ...knobs });

/** The spec's example (or the one called `name`) of the answer `at` (a JSON pointer or a `components/responses` name), patched. */
function answer(at: string, name: string | undefined, status: number, patch = {}) {
  const pointer = `#/${at.includes('/') ? at : `components/responses/${at}`}/content/application~1json/${name ? `examples/${name}/value` : 'example'}`;
  return HttpResponse.json({ ...structuredClone(resolveRef(viddyScribeDocument, { $ref: pointer }) as object), ...patch }, { status });
}
/** The JSON `input`, or a multipart one (the kernel gives the `file` part as its name), or the older flat video body's `media_id`. */
const inputOf = (body: unknown): Fields => {
  const { input, file, media_id } = body as { input?: Fields | string; file?: string; media_id?: string };
  return typeof input === 'object' ? input : { type: file ? 'file' : 'media_id', url: file, media_id };
};
const notFound = (what: string) => answer('NotFound', undefined, 404, { message: `${what} not found` });

/** How ViddyScribe answers: `{error, message}` bodies; no rate-limit headers are documented beyond `Retry-After` on 429. */
export const viddyscribeProfile: ProviderProfile = {
  id: 'viddyscribe',
  baseUrl: viddyscribeBaseUrl,
  errorBody: (_status, code, message) => ({ error: code, message }),
  expiredKeyCode: 'unauthorized',
  rateLimitCode: 'rate_limit_exceeded',
  rateLimitHeaders: ({ retryAfterSeconds }): Record<string, string> =>
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
};

/** Failure scenarios in ViddyScribe's style (`rateLimited()`, `outage()`, `expiredKey()`, `sequence()`...). */
export const viddyscribeScenarios = createScenarios(viddyscribeProfile);

/** A seeded media item's verification state (default `completed`) and `failJobs`, e.g. one that answers 409 `upload_not_ready` twice. */
export type SeedMediaOptions = Partial<Pick<ViddyScribeMockMedia, 'uploadStatus' | 'failJobs'>> & {
  /** For `processing`: generate calls answered 409 (and status reads `processing`) before it completes (default 1). */ readyAfter?: number;
};

/** The stateful ViddyScribe mock: handlers for every operation, signed storage and knobs. */
export interface ViddyScribeMock extends ProviderMock {
  /** The in-memory state behind the handlers (inspect or change it in tests). */ readonly state: ViddyScribeMockState;
  /** Signed-URL storage for uploads (`storage.get(gcsPath)` shows what was PUT and its content type). */ readonly storage: SignedStorage;
  /** Adds a media item and returns its id. */ seedMedia(options?: SeedMediaOptions): string;
  /** Answers the next generate calls with 429 `plan_limit_exceeded` (sets `state.credits` to 0). */ exhaustCredits(): void;
}

/**
 * Creates a fresh ViddyScribe mock. Jobs advance `queued` → `processing` → `done` over `get_results` reads (`output`
 * is the spec's json or vtt example) with freshly signed result links; signed uploads go `pending_upload` → `processing`
 * (notify) → `completed`, de-duplicated to an earlier upload of the same bytes; any URL or file name containing `fail`
 * makes its jobs fail. The other answers are the spec's examples.
 *
 * @example
 * ```ts
 * import { createViddyScribeMock } from '@conduit/testing/viddyscribe';
 * import { setupServer } from 'msw/node';
 *
 * const mock = createViddyScribeMock();
 * setupServer(...mock.handlers).listen();
 * ```
 */
export function createViddyScribeMock(options: MockValidationOptions = {}): ViddyScribeMock {
  const storage = createSignedStorage('viddyscribe');
  const state = freshState(); // `reset()` refills it in place, so the handlers keep seeing it
  const addMedia = (fields: Partial<ViddyScribeMockMedia>) => {
    const media: ViddyScribeMockMedia = { id: crypto.randomUUID(), uploadStatus: 'completed', checksLeft: 0, failJobs: false, ...fields };
    return state.media.set(media.id, media) && media;
  };
  // One verification check: `processing` media completes once its checks are spent, linked to an earlier upload of the same bytes.
  const verify = (media: ViddyScribeMockMedia) => {
    const bytes = (item: ViddyScribeMockMedia) => storage.get(item.gcsPath ?? '')?.bytes.join();
    if (media.uploadStatus === 'processing' && media.checksLeft-- <= 0) {
      const twin =
        bytes(media) && [...state.media.values()].find((other) => other.uploadStatus === 'completed' && bytes(other) === bytes(media));
      Object.assign(media, { uploadStatus: 'completed', canonicalId: twin ? (twin.canonicalId ?? twin.id) : undefined });
    }
    return media;
  };
  // A handler for the signed upload named by `media_id` and `gcs_path` (in the body or the query), or the API's 404.
  const signedUpload =
    (handle: (media: ViddyScribeMockMedia, gcsPath: string) => Response): MockRouteHandler =>
    ({ body, query }) => {
      const { media_id: id = query.get('media_id') ?? '', gcs_path: gcsPath = query.get('gcs_path') ?? '' } = (body ?? {}) as Fields;
      const media = state.media.get(id);
      return media && media.gcsPath === gcsPath ? handle(media, gcsPath) : notFound(`Media ${id} with that gcs_path`);
    };
  const sign = (path: string) =>
    `${storageOrigin}/viddyscribe-results/${path}?X-Goog-Expires=900&X-Goog-Signature=${crypto.randomUUID().slice(0, 8)}`;
  const generate =
    (kind: ViddyScribeMockJob['kind']): MockRouteHandler =>
    ({ body }) => {
      const input = inputOf(body);
      const raw = (body as { generation_config?: Fields | string }).generation_config ?? {};
      const config: Fields = typeof raw === 'string' ? JSON.parse(raw) : raw;
      const sent = input.type === 'media_id' ? state.media.get(`${input.media_id}`) : addMedia({ failJobs: /fail/i.test(`${input.url}`) });
      if (!sent) {
        return notFound(`Media ${input.media_id}`);
      } else if (verify(sent).uploadStatus === 'failed') {
        return answer('Conflict', 'uploadFailed', 409);
      } else if (sent.uploadStatus !== 'completed') {
        return answer('Conflict', 'uploadNotReady', 409, { upload_status: sent.uploadStatus });
      }
      const media = state.media.get(sent.canonicalId ?? '') ?? sent;
      if (state.credits-- <= 0) {
        return answer('TooManyRequests', 'planLimitExceeded', 429);
      }
      const id = `task_mock${state.jobs.size + 1}`;
      state.jobs.set(id, { kind, mediaId: media.id, config, reads: 0 });
      return answer('JobAccepted', undefined, 200, { job_id: id, media_id: media.id });
    };

  const routes: Record<string, MockRouteHandler> = {
    uploadMedia: ({ body }) => {
      const uploaded = 'paths/~1upload_media/post/responses/200';
      const { type, url = '', filename = '', content_type: contentType = '' } = inputOf(body);
      if (type !== 'signed_url') {
        return answer(uploaded, 'created', 200, { media_id: addMedia({ failJobs: /fail/i.test(url) }).id });
      }
      const id = crypto.randomUUID();
      const gcsPath = `users/user_mock/videos/${id}/${filename}`;
      addMedia({ id, gcsPath, uploadStatus: 'pending_upload', failJobs: /fail/i.test(filename) });
      const grant = { media_id: id, upload_url: storage.sign(gcsPath, { contentType }), gcs_path: gcsPath, content_type: contentType };
      return answer(uploaded, 'pendingUpload', 200, grant);
    },
    notifyUploadComplete: signedUpload((media, gcsPath) => {
      if (!storage.get(gcsPath)) {
        return answer('Conflict', 'uploadFailed', 409, { message: 'No uploaded file found at gcs_path; upload it again.' });
      }
      Object.assign(media, { uploadStatus: 'processing', checksLeft: state.verificationReads });
      return HttpResponse.json({ media_id: media.id, gcs_path: gcsPath, upload_status: 'processing' });
    }),
    getUploadStatus: signedUpload((media, gcsPath) => {
      const canonical = verify(media).canonicalId ? { canonical_media_id: media.canonicalId } : {};
      return HttpResponse.json({ media_id: media.id, gcs_path: gcsPath, upload_status: media.uploadStatus, ...canonical });
    }),
    generateAdText: generate('text'),
    generateAdAudio: generate('audio'),
    generateAdVideo: generate('video'),
    getResults: ({ query }) => {
      const id = query.get('job_id') ?? '';
      const job = state.jobs.get(id);
      if (!job) {
        return notFound(`Job ${id}`);
      }
      const end = state.media.get(job.mediaId)?.failJobs ? 'failed' : 'done';
      const status = ++job.reads <= 1 ? 'queued' : job.reads <= 1 + state.processingReads ? 'processing' : end;
      const serialized = ['vtt', 'srt', 'edl'].includes(job.config.format ?? '');
      const example = { queued: 'queued', processing: 'queued', failed: 'failed', done: serialized ? 'textVtt' : 'textJson' }[status];
      const video = job.kind === 'video';
      const audio = job.kind === 'audio' || (job.kind === 'video' && job.config.ad_type !== 'extended_ad');
      return answer('paths/~1get_results/get/responses/200', example, 200, {
        job_id: id,
        status,
        media_id: job.mediaId,
        updated_at: new Date().toISOString(),
        ...(status === 'failed' ? { error_code: 'video_processing_failed' } : {}),
        ...(status === 'done' && video ? { video_signed_url: sign(`${id}/video.mp4`) } : {}),
        ...(status === 'done' && audio ? { audio_signed_url: sign(`${id}/audio.wav`) } : {}),
      });
    },
  };

  const kernel = createMockKernel({
    table: viddyScribeOperations,
    document: viddyScribeDocument,
    baseUrl: viddyscribeBaseUrl,
    profile: viddyscribeProfile,
    validate: options.validate,
    // Any `vsk_` key without whitespace, except ones containing `expired` or `revoked`; refused with the spec's 401 example.
    authenticate: (request) => {
      const key = request.headers.get('x-api-key') ?? '';
      return /^vsk_\S+$/.test(key) && !/expired|revoked/i.test(key) ? key : answer('Unauthorized', undefined, 401);
    },
  });
  return {
    profile: viddyscribeProfile,
    handlers: [...kernel.routes(routes), ...storage.handlers],
    scenarios: viddyscribeScenarios,
    state,
    storage,
    requests: kernel.requests,
    violations: kernel.violations,
    assertNoViolations: () => kernel.assertNoViolations(),
    seedMedia: ({ uploadStatus = 'completed', readyAfter = 1, failJobs = false } = {}) =>
      addMedia({ uploadStatus, checksLeft: uploadStatus === 'processing' ? readyAfter : 0, failJobs }).id,
    exhaustCredits() {
      state.credits = 0;
    },
    reset() {
      Object.assign(state, freshState());
      storage.reset();
      kernel.requests.length = 0;
    },
  };
}
