// Upload a video to HesedVid, create a share link, and ask GenAI for a one-line blurb.
// Keys come from HESEDVID_API_KEY and GENAI_API_KEY; HESEDVID_BASE_URL / GENAI_BASE_URL point elsewhere (e.g. the mock server).
//   node src/app.mjs ./video.mp4
import { ConduitError, RateLimitError } from '@conduit/core';
import { createGenAIClient } from '@conduit/genai';
import { createHesedVidClient } from '@conduit/hesedvid';

const path = process.argv[2];
if (!path) {
  console.error('usage: node src/app.mjs <video file>');
  process.exit(2);
}

try {
  const hesedvid = createHesedVidClient({
    orgId: process.env.HESEDVID_ORG_ID ?? 'org_123456789',
    environment: process.env.HESEDVID_ENVIRONMENT ?? 'prod',
    baseUrl: process.env.HESEDVID_BASE_URL,
    onRetry: ({ error, delayMs }) => console.log(`retrying after ${error.name} in ${delayMs} ms`),
  });
  const genai = createGenAIClient({ baseUrl: process.env.GENAI_BASE_URL });

  const upload = await hesedvid.videos.upload(path, {
    videoName: 'Launch video',
    pollInterval: Number(process.env.POLL_INTERVAL_MS ?? 5000),
  });
  console.log(`uploaded ${upload.videoID}: ${upload.status}`);
  const link = await hesedvid.shareLinks.create(upload.videoID, { expirationHours: 72, maxViews: 100 });
  console.log(`share link: ${link.webAppUrl}`);
  const blurb = await genai.generate({
    prompt: 'One upbeat sentence announcing our launch video.',
    model: 'gpt-4',
    max_tokens: 40,
    temperature: 0.8,
  });
  console.log(`blurb: ${blurb.content}`);
} catch (error) {
  if (RateLimitError.isInstance(error)) {
    console.error(`rate limited, retry in ${Math.ceil((error.retryAfterMs ?? 1000) / 1000)} s`);
  } else if (ConduitError.isInstance(error)) {
    console.error(`${error.name}: ${error.message}`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
