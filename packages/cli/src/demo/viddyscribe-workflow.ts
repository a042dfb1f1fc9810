import { createViddyScribeClient } from '@conduit/viddyscribe';
import type { Workflow } from './workflow.js';

/** ViddyScribe: upload the sample (signed URL above 32 MB, multipart below), then an AD text job waited to the end. */
export const viddyscribeWorkflow: Workflow = {
  id: 'viddyscribe',
  name: 'ViddyScribe',
  environmentVariable: 'VIDDYSCRIBE_API_KEY',
  summary: 'media upload, AD text job waited to the end',
  async run(context) {
    const client = createViddyScribeClient({ apiKey: context.apiKey, baseUrl: context.baseUrl });
    context.track(client.transport.stats);
    const interval = context.mode === 'mock' ? 50 : 5000;
    const media = await client.media.upload(context.samplePath, {
      interval,
      onProgress: (progress) =>
        context.progress(0.05 + 0.35 * (progress.total ? progress.loaded / progress.total : 0), `uploading (${progress.phase})`),
    });
    context.progress(0.45, 'starting the AD text job');
    const job = await client.generateText(media.media_id, { language: 'en-US', format: 'vtt', adType: 'standard_ad' });
    const result = await client.jobs.wait(job.job_id, {
      interval,
      timeout: 30 * 60_000,
      onProgress: (update) => context.progress(update.status === 'done' ? 0.95 : 0.6, `job ${update.status}`),
    });
    return `media ${media.media_id.slice(0, 8)}…, job ${result.job_id} ${result.status}`;
  },
};
