import { createHesedVidClient } from '@conduit/hesedvid';
import type { Workflow } from './workflow.js';

/** HesedVid: pre-signed upload, processing until ready, then a share link. */
export const hesedvidWorkflow: Workflow = {
  id: 'hesedvid',
  name: 'HesedVid',
  environmentVariable: 'HESEDVID_API_KEY',
  summary: 'pre-signed upload, processing, share link',
  async run(context) {
    const client = createHesedVidClient({
      apiKey: context.apiKey,
      baseUrl: context.baseUrl,
      orgId: process.env.HESEDVID_ORG_ID ?? 'org_123456789',
      environment: process.env.HESEDVID_ENVIRONMENT ?? 'prod',
    });
    context.track(client.transport.stats);
    const upload = await client.videos.upload(context.samplePath, {
      videoName: 'Conduit demo',
      pollInterval: context.mode === 'mock' ? 50 : 5000,
      onProgress: (progress) => {
        if (progress.stage === 'uploading') {
          context.progress(0.1 + 0.5 * (progress.total ? progress.loaded / progress.total : 1), 'uploading');
        } else {
          context.progress(0.7, `processing (${progress.status})`);
        }
      },
    });
    if (upload.status !== 'ready') {
      throw new Error(`HesedVid could not process the sample (${upload.status})`);
    }
    context.progress(0.9, 'creating a share link');
    const link = await client.shareLinks.create(upload.videoID, { expirationHours: 24, maxViews: 5 });
    return `video ${upload.videoID} ready (${client.mode} key), share link expires ${link.expiresAt}`;
  },
};
