import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { addViddyScribeMedia } from './viddyscribe-media-handlers.js';
import { apiError, invalid, isHttpUrl, isMultipart, uploadStateError } from './viddyscribe-respond.js';
import { jobStatus, type ViddyScribeMockJob, type ViddyScribeMockMedia, type ViddyScribeMockState } from './viddyscribe-state.js';

type Kind = ViddyScribeMockJob['kind'];

/** Credit multipliers per source minute (video from supplied `description_content` costs 0.5). */
const multipliers: Record<Kind, number> = { text: 0.5, audio: 0.75, video: 1 };

type Parsed = { input: Record<string, unknown>; config: Record<string, unknown> | undefined; file?: Blob };

/** The generation input and config, from a multipart form or the JSON body the kernel parsed and checked. */
async function readRequest(request: Request, body: Record<string, unknown>, kind: Kind): Promise<Parsed | Response> {
  if (isMultipart(request)) {
    const form = await request.formData();
    const file = form.get('file');
    // The spec's `contentSchema` for the `input` part is an annotation ajv does not check.
    if (!(file instanceof Blob) || !/"type"\s*:\s*"file"/.test(String(form.get('input') ?? ''))) {
      return invalid('multipart body needs input={"type":"file"} and a binary `file` part');
    }
    const rawConfig = form.get('generation_config');
    try {
      return { input: { type: 'file' }, config: typeof rawConfig === 'string' ? JSON.parse(rawConfig) : undefined, file };
    } catch {
      return invalid('generation_config must be a JSON string');
    }
  }
  if (kind === 'video' && body.input === undefined && typeof body.media_id === 'string') {
    // Older quick-start's flat body {media_id, language}.
    return {
      input: { type: 'media_id', media_id: body.media_id },
      config: body.language === undefined ? undefined : { language: body.language },
    };
  }
  return { input: body.input as Record<string, unknown>, config: body.generation_config as Record<string, unknown> | undefined };
}

function resolveMedia(state: ViddyScribeMockState, parsed: Parsed): ViddyScribeMockMedia | Response {
  const { input } = parsed;
  if (input.type === 'file' && parsed.file) {
    const name = parsed.file instanceof File ? parsed.file.name : undefined;
    return addViddyScribeMedia(state, { via: 'file', filename: name, failJobs: /fail/i.test(name ?? '') });
  }
  if (input.type === 'url') {
    return isHttpUrl(input.url)
      ? addViddyScribeMedia(state, { via: 'url', failJobs: /fail/i.test(input.url) })
      : invalid('input.url must be an absolute http(s) URL');
  }
  const media = state.media.get(String(input.media_id));
  if (!media) {
    return apiError(404, 'not_found', `Media ${String(input.media_id)} not found`);
  }
  if (media.uploadStatus === 'failed') {
    return apiError(409, 'upload_failed', 'Upload verification failed; re-upload the media and try again.');
  }
  if (media.uploadStatus !== 'completed') {
    if (media.uploadStatus === 'processing' && media.checksLeft <= 0) {
      media.uploadStatus = 'completed';
      return media;
    }
    media.checksLeft--;
    return uploadStateError(
      'upload_not_ready',
      'Upload is still being processed. Poll get_upload_status until it completes.',
      media.uploadStatus,
    );
  }
  return state.media.get(media.canonicalId ?? media.id) ?? media;
}

function checkLimits(
  state: ViddyScribeMockState,
  kind: Kind,
  media: ViddyScribeMockMedia,
  config: Record<string, unknown>,
): Response | undefined {
  const active = [...state.jobs.values()].filter((job) => ['queued', 'processing'].includes(jobStatus(state, job))).length;
  if (active >= state.maxQueuedJobs) {
    return apiError(
      429,
      'queue_limit_exceeded',
      `Too many jobs are already queued (limit ${state.maxQueuedJobs}).`,
      {},
      { 'retry-after': '30' },
    );
  }
  const multiplier = kind === 'video' && typeof config.description_content === 'string' ? 0.5 : multipliers[kind];
  const cost = (media.durationSeconds / 60) * multiplier;
  if (cost > state.credits) {
    return state.limitStyle === 'legacy'
      ? apiError(403, 'limit_reached', 'Monthly processing limit reached.')
      : apiError(429, 'plan_limit_exceeded', 'No credits remain for this request.');
  }
  state.credits -= cost;
  return undefined;
}

/** Queues a job on `media` and answers its acceptance. */
function queueJob(state: ViddyScribeMockState, kind: Kind, media: ViddyScribeMockMedia, config: Record<string, unknown>): Response {
  state.sequence++;
  const job: ViddyScribeMockJob = {
    id: `task_mock${state.sequence.toString(36).padStart(6, '0')}`,
    kind,
    mediaId: media.id,
    config,
    reads: 0,
    fail: media.failJobs,
    createdAt: new Date().toISOString(),
  };
  state.jobs.set(job.id, job);
  return HttpResponse.json({ job_id: job.id, status: 'queued', media_id: media.id });
}

function generateHandler(state: ViddyScribeMockState, kind: Kind): MockRouteHandler {
  return async ({ request, body }) => {
    const parsed = await readRequest(request, (body ?? {}) as Record<string, unknown>, kind);
    if (parsed instanceof Response) {
      return parsed;
    }
    const media = resolveMedia(state, parsed);
    if (media instanceof Response) {
      return media;
    }
    const config = parsed.config ?? {};
    return checkLimits(state, kind, media, config) ?? queueJob(state, kind, media, config);
  };
}

/** The current generate endpoints plus the two legacy text endpoints. */
export function createViddyScribeGenerateHandlers(state: ViddyScribeMockState): Record<string, MockRouteHandler> {
  return {
    generateAdText: generateHandler(state, 'text'),
    generateAdAudio: generateHandler(state, 'audio'),
    generateAdVideo: generateHandler(state, 'video'),
    generateAdTextFromUrl: ({ body }) => {
      const { source_url: sourceUrl, language, ad_type: adType } = body as Record<string, string>;
      if (!isHttpUrl(sourceUrl)) {
        return invalid('source_url must be an absolute http(s) URL');
      }
      const media = addViddyScribeMedia(state, { via: 'url', failJobs: /fail/i.test(sourceUrl) });
      return queueJob(state, 'text', media, { language, ad_type: adType, format: 'json' });
    },
    generateAdTextFromFile: async ({ request }) => {
      const form = await request.formData();
      const file = form.get('file') as File;
      const media = addViddyScribeMedia(state, { via: 'file', filename: file.name, failJobs: /fail/i.test(file.name ?? '') });
      return queueJob(state, 'text', media, {
        language: form.get('language') ?? undefined,
        ad_type: form.get('ad_type') ?? undefined,
        format: 'json',
      });
    },
  };
}
