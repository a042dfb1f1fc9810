import { createApiVideoClient } from '@conduit/apivideo';
import type { Workflow } from './workflow.js';

/** api.video: a video uploaded in Content-Range chunks, an upload token for browsers, then the encoding status. */
export const apivideoWorkflow: Workflow = {
  id: 'apivideo',
  name: 'api.video',
  environmentVariable: 'APIVIDEO_API_KEY',
  summary: 'chunked upload, upload token, status',
  async run(context) {
    const client = createApiVideoClient({
      apiKey: context.apiKey,
      baseUrl: context.baseUrl,
      environment: process.env.APIVIDEO_ENVIRONMENT === 'sandbox' ? 'sandbox' : 'production',
    });
    context.track(client.transport.stats);
    context.progress(0.05, 'creating the video');
    const { videoId } = await client.videos.create({ title: 'Conduit demo', tags: ['conduit'] });
    let chunks = 0;
    await client.videos.upload(videoId, context.samplePath, {
      chunkSize: 5 * 1024 * 1024,
      onProgress: ({ loaded, total }) => {
        chunks++;
        context.progress(0.1 + 0.6 * (total ? loaded / total : 1), `uploading chunk ${chunks}`);
      },
    });
    context.progress(0.8, 'minting an upload token');
    const { token } = await client.uploadTokens.create({ ttl: 3600 });
    const status = await client.videos.getStatus(videoId);
    return `video ${videoId} in ${chunks} chunks, encoding ${status.encoding?.playable ? 'playable' : 'in progress'}, token ${token.slice(0, 6)}…`;
  },
};
