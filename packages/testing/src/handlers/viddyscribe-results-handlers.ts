import type { components } from '@conduit/specs/viddyscribe';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { storageOrigin } from '../storage/signed-storage.js';
import { apiError } from './viddyscribe-respond.js';
import { jobStatus, type ViddyScribeMockJob, type ViddyScribeMockState } from './viddyscribe-state.js';

type Schemas = components['schemas'];

/** Where result downloads live; links expire 15 minutes after the `get_results` answer that carried them. */
const resultsPrefix = `${storageOrigin}/viddyscribe-results`;
const linkLifetime = 15 * 60_000;

const segments = [
  { start: 0.5, end: 3.1, text: 'A woman in a yellow top sits at a desk with a laptop.' },
  { start: 3.2, end: 5.9, text: 'She looks at the camera and smiles.' },
];

function output(format: unknown): Schemas['JobOutput'] {
  switch (format) {
    case 'vtt':
      return { format: 'vtt', content: 'WEBVTT\n\n00:00.500 --> 00:03.100\nA woman in a yellow top sits at a desk with a laptop.\n' };
    case 'srt':
      return { format: 'srt', content: '1\n00:00:00,500 --> 00:00:03,100\nA woman in a yellow top sits at a desk with a laptop.\n' };
    case 'edl':
      return { format: 'edl', content: 'TITLE: AD\n001  AX V C 00:00:00:15 00:00:03:03 00:00:00:15 00:00:03:03\n' };
    default:
      return { segments };
  }
}

/** `get_results` (jobs advance queued → processing → done/failed over reads) and signed result downloads. */
export function createViddyScribeResultsHandlers(state: ViddyScribeMockState): {
  routes: Record<string, MockRouteHandler>;
  files: HttpHandler;
} {
  const grants = new Map<string, { path: string; expiresAt: number }>();
  const sign = (job: ViddyScribeMockJob, file: string) => {
    state.sequence++;
    const signature = `mocksig${state.sequence.toString(16).padStart(8, '0')}`;
    const path = `${job.id}/${file}`;
    grants.set(signature, { path, expiresAt: Date.now() + linkLifetime });
    const date = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
    return `${resultsPrefix}/${path}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=${date}&X-Goog-Expires=900&X-Goog-Signature=${signature}`;
  };

  const routes: Record<string, MockRouteHandler> = {
    getResults: ({ query }) => {
      const jobId = query.get('job_id') ?? '';
      const job = state.jobs.get(jobId);
      if (!job) {
        return apiError(404, 'not_found', `Job ${jobId} not found`);
      }
      job.reads++;
      const status = jobStatus(state, job);
      const result: Schemas['JobResult'] = {
        job_id: job.id,
        status,
        media_id: job.mediaId,
        created_at: job.createdAt,
        updated_at: new Date().toISOString(),
      };
      if (status === 'failed') {
        result.error_code = 'video_processing_failed';
        result.error = 'The video could not be processed.';
      }
      if (status === 'done') {
        result.output = output(job.config.format);
        if (job.kind === 'video') {
          result.video_signed_url = sign(job, 'video.mp4');
        }
        if (job.kind === 'audio' || (job.kind === 'video' && job.config.ad_type !== 'extended_ad')) {
          result.audio_signed_url = sign(job, 'audio.wav');
        }
      }
      return HttpResponse.json(result);
    },
  };
  const files = http.get(`${resultsPrefix}/*`, ({ request }) => {
    const url = new URL(request.url);
    const grant = grants.get(url.searchParams.get('X-Goog-Signature') ?? '');
    const path = decodeURIComponent(url.pathname.slice(new URL(resultsPrefix).pathname.length + 1));
    if (!grant || grant.path !== path) {
      return new HttpResponse('<Error><Code>SignatureDoesNotMatch</Code></Error>', {
        status: 403,
        headers: { 'content-type': 'application/xml' },
      });
    }
    if (Date.now() > grant.expiresAt) {
      return new HttpResponse('<Error><Code>ExpiredToken</Code></Error>', {
        status: 400,
        headers: { 'content-type': 'application/xml' },
      });
    }
    const type = path.endsWith('.wav') ? 'audio/wav' : 'video/mp4';
    return new HttpResponse(new TextEncoder().encode(`mock ${path}`), { headers: { 'content-type': type } });
  });
  return { routes, files };
}
