import type { components } from '@conduit/specs/viddyscribe';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { addViddyScribeMedia } from './viddyscribe-media-handlers.js';
import { apiError, invalid, isHttpUrl, isMultipart, readJsonObject, uploadStateError } from './viddyscribe-respond.js';
import { jobStatus, type ViddyScribeMockJob, type ViddyScribeMockMedia, type ViddyScribeMockState } from './viddyscribe-state.js';

type Schemas = components['schemas'];
type Kind = ViddyScribeMockJob['kind'];

/** Credit multipliers per source minute (video from supplied `description_content` costs 0.5). */
const multipliers: Record<Kind, number> = { text: 0.5, audio: 0.75, video: 1 };

type Parsed = { input: Record<string, unknown>; config: Record<string, unknown> | undefined; file?: Blob };

async function readRequest(request: Request, kind: Kind): Promise<Parsed | Response> {
  if (isMultipart(request)) {
    const form = await request.formData().catch(() => undefined);
    const file = form?.get('file');
    if (!form || !(file instanceof Blob) || !/"type"\s*:\s*"file"/.test(String(form.get('input') ?? ''))) {
      return invalid('multipart body needs input={"type":"file"} and a binary `file` part');
    }
    const rawConfig = form.get('generation_config');
    try {
      const config = typeof rawConfig === 'string' ? (JSON.parse(rawConfig) as Record<string, unknown>) : undefined;
      return { input: { type: 'file' }, config, file };
    } catch {
      return invalid('generation_config must be a JSON string');
    }
  }
  const body = await readJsonObject(request);
  if (!body) {
    return invalid('body must be a JSON object {input, generation_config}');
  }
  if (kind === 'video' && body.input === undefined && typeof body.media_id === 'string') {
    // Older quick-start's flat body {media_id, language}.
    return {
      input: { type: 'media_id', media_id: body.media_id },
      config: body.language === undefined ? undefined : { language: body.language },
    };
  }
  if (!body.input || typeof body.input !== 'object') {
    return invalid('input is required');
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
  if (input.type !== 'media_id') {
    return invalid('input.type must be one of: media_id, url, file');
  }
  const media = typeof input.media_id === 'string' ? state.media.get(input.media_id) : undefined;
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

function generateHandler(kind: Kind): (state: ViddyScribeMockState) => MockRouteHandler {
  return (state) =>
    async ({ request }) => {
      const parsed = await readRequest(request, kind);
      if (parsed instanceof Response) {
        return parsed;
      }
      const media = resolveMedia(state, parsed);
      if (media instanceof Response) {
        return media;
      }
      const config = parsed.config ?? {};
      const limited = checkLimits(state, kind, media, config);
      if (limited) {
        return limited;
      }
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
      const accepted: Schemas['JobAccepted'] = { job_id: job.id, status: 'queued', media_id: media.id };
      return HttpResponse.json(accepted);
    };
}

/** The current generate endpoints plus the two legacy text endpoints. */
export function createViddyScribeGenerateHandlers(state: ViddyScribeMockState): Record<string, MockRouteHandler> {
  const legacyJob = (media: ViddyScribeMockMedia, config: Record<string, unknown>) => {
    state.sequence++;
    const id = `task_mock${state.sequence.toString(36).padStart(6, '0')}`;
    state.jobs.set(id, {
      id,
      kind: 'text',
      mediaId: media.id,
      config,
      reads: 0,
      fail: media.failJobs,
      createdAt: new Date().toISOString(),
    });
    const accepted: Schemas['LegacyJobAccepted'] = { job_id: id, status: 'queued', media_id: media.id };
    return HttpResponse.json(accepted);
  };
  return {
    generateAdText: generateHandler('text')(state),
    generateAdAudio: generateHandler('audio')(state),
    generateAdVideo: generateHandler('video')(state),
    generateAdTextFromUrl: async ({ request }) => {
      const body = await readJsonObject(request);
      if (!isHttpUrl(body?.source_url)) {
        return invalid('source_url must be an absolute http(s) URL');
      }
      const media = addViddyScribeMedia(state, { via: 'url', failJobs: /fail/i.test(body.source_url) });
      return legacyJob(media, { language: body.language, ad_type: body.ad_type, format: 'json' });
    },
    generateAdTextFromFile: async ({ request }) => {
      const form = isMultipart(request) ? await request.formData().catch(() => undefined) : undefined;
      const file = form?.get('file');
      if (!form || !(file instanceof Blob)) {
        return invalid('multipart body needs a binary `file` part');
      }
      const language = form.get('language') ?? undefined;
      const adType = form.get('ad_type') ?? undefined;
      const name = file instanceof File ? file.name : undefined;
      const media = addViddyScribeMedia(state, { via: 'file', filename: name, failJobs: /fail/i.test(name ?? '') });
      return legacyJob(media, { language, ad_type: adType, format: 'json' });
    },
  };
}
