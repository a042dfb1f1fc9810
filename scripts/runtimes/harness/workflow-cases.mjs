import { providers } from './providers.mjs';
import { check } from './run-cases.mjs';
import { sampleSource } from './sample-media.mjs';

const interval = 50;

/** One real workflow per provider against the embedded mock server (the same steps as `conduit demo`). */
const workflows = {
  async viddyscribe(client, source) {
    const media = await client.media.upload(source, { interval });
    const job = await client.generateText(media.media_id, { language: 'en-US', format: 'vtt', adType: 'standard_ad' });
    const result = await client.jobs.wait(job.job_id, { interval, timeout: 30_000 });
    check(result.status === 'done', `job ${result.status}`);
  },
  async hesedvid(client, source) {
    const upload = await client.videos.upload(source, { videoName: 'Conduit runtime check', pollInterval: interval });
    check(upload.status === 'ready', `video ${upload.status}`);
    const link = await client.shareLinks.create(upload.videoID, { expirationHours: 24, maxViews: 5 });
    check(typeof link.expiresAt === 'string', 'share link without expiry');
  },
  async scriptix(client, source) {
    const transcript = await client.transcribe(source, { language: 'en', punctuation: true, pollInterval: interval });
    check(transcript.results.length > 0, 'no transcript segments');
    if (transcript.document?.id !== undefined) {
      await client.documents.export(transcript.session_id, transcript.document.id, 'vtt');
    }
  },
  async apivideo(client, source, config) {
    const { videoId } = await client.videos.create({ title: 'Conduit runtime check', tags: ['conduit'] });
    let chunks = 0;
    await client.videos.upload(videoId, source, { chunkSize: 5 * 1024 * 1024, onProgress: () => chunks++ });
    check(chunks >= Math.ceil(config.sampleSize / (5 * 1024 * 1024)), `${chunks} progress reports`);
    const { token } = await client.uploadTokens.create({ ttl: 3600 });
    check(typeof token === 'string' && token.length > 0, 'no upload token');
    await client.videos.getStatus(videoId);
  },
  async genai(client) {
    await client.listModels();
    const result = await client.generate({ prompt: 'Describe a sunrise in one sentence.', model: 'gpt-4', max_tokens: 60 });
    check(result.content.length > 0, 'empty generation');
  },
};

/**
 * @param {{ mockUrl: string, keys: Record<string, string>, samplePath?: string, sampleSize: number, fileSystem: boolean }} config
 * @returns {import('./run-cases.mjs').HarnessCase[]}
 */
export function workflowCases(config) {
  const how = config.fileSystem ? 'a file path' : 'a File';
  return providers.map((provider) => ({
    name: `${provider.id}: real workflow against the mock server over loopback, uploading ${how}`,
    run: async () => {
      const client = provider.create({ apiKey: config.keys[provider.id], baseUrl: `${config.mockUrl}/${provider.id}` });
      await workflows[provider.id](client, sampleSource(config), config);
    },
  }));
}
