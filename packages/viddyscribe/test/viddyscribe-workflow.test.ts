import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeClock, createMockServer, type MockServer } from '@conduit/testing';
import { createViddyScribeMock, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViddyScribeClient, type MediaUploadProgress } from '../src/index.js';

// The same handlers served over real HTTP on loopback (as the demo uses them): no msw interception here.
const mock = createViddyScribeMock();
let server: MockServer;

beforeAll(async () => {
  server = await createMockServer({ providers: [mock] });
});
afterAll(async () => {
  await server.close();
});

describe('end to end over the embedded mock server', () => {
  it('signed upload of a file, a 409 waited out, a video job waited to done, links refreshed', async () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0, 0));
    const client = createViddyScribeClient({
      apiKey: viddyscribeTestKey,
      baseUrl: server.baseUrl('viddyscribe'),
      pollInterval: 1000,
      now: clock.now,
      sleep: clock.sleep,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'viddyscribe-')), 'keynote.mp4');
    writeFileSync(path, new Uint8Array(4096).fill(7));

    const progress: MediaUploadProgress[] = [];
    const media = await client.media.upload(path, { strategy: 'signed-url', onProgress: (event) => progress.push(event) });
    expect(media.upload_status).toBe('completed');
    expect(mock.storage.get(media.gcs_path ?? '')?.bytes.byteLength).toBe(4096);
    expect(progress.at(-1)).toMatchObject({ phase: 'verifying', uploadStatus: 'completed', loaded: 4096, total: 4096 });

    const pending = mock.seedMedia({ uploadStatus: 'processing', readyAfter: 1 });
    const early = await client.generateText(pending, { format: 'srt' });
    expect(early.media_id).toBe(pending);

    const job = await client.generateVideo(media.media_id, { adType: 'standard_ad', voice: 'Achernar', format: 'vtt' });
    const statuses: string[] = [];
    const done = await client.jobs.wait(job.job_id, { onProgress: (update) => statuses.push(update.status) });
    expect(statuses).toEqual(['queued', 'processing', 'done']);
    expect(done.video_signed_url?.startsWith(`${server.url}/storage/viddyscribe-results/`)).toBe(true);

    const links = await client.jobs.downloadUrls(job.job_id);
    expect(links.video_signed_url).toBe(done.video_signed_url);

    clock.advance(14 * 60_000);
    const fresh = await client.jobs.downloadUrls(job.job_id);
    expect(fresh.video_signed_url).not.toBe(links.video_signed_url);
    expect(fresh.audio_signed_url).toMatch(/audio\.wav/);
    expect(server.requestCounts.viddyscribe).toBeGreaterThanOrEqual(10);
  });
});
