// The user's own code under test: describe a video for blind viewers and write a short summary.
import { QuotaExceededError } from '@conduit/core';
import type { GenAIClient } from '@conduit/genai';
import type { ViddyScribeClient } from '@conduit/viddyscribe';

export interface DescribeResult {
  status: 'described' | 'over-quota';
  jobId?: string;
  summary?: string;
}

export async function describeVideo(
  clients: { viddyscribe: ViddyScribeClient; genai: GenAIClient },
  videoUrl: string,
): Promise<DescribeResult> {
  try {
    const media = await clients.viddyscribe.media.upload(videoUrl, { interval: 10 });
    const job = await clients.viddyscribe.generateText(media.media_id, { language: 'en-US', format: 'json', adType: 'standard_ad' });
    const result = await clients.viddyscribe.jobs.wait(job.job_id, { interval: 10, timeout: 10_000 });
    const summary = await clients.genai.generate({
      prompt: `Summarise audio description job ${result.job_id}`,
      model: 'gpt-4',
      max_tokens: 40,
      temperature: 0.2,
    });
    return { status: 'described', jobId: result.job_id, summary: summary.content };
  } catch (error) {
    if (QuotaExceededError.isInstance(error)) {
      return { status: 'over-quota' };
    }
    throw error;
  }
}
