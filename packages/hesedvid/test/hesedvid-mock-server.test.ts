import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer, type MockServer } from '@conduit/testing';
import { createHesedVidMock, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHesedVidClient } from '../src/index.js';
import { createClock, orgId, videoBytes } from './helpers/setup.js';

// Over real loopback HTTP (no msw in this file): a file path is streamed by core's node:http
// path, which msw cannot intercept, so this is where that path is tested end to end.
const hesedvid = createHesedVidMock();
let server: MockServer;

beforeAll(async () => {
  server = await createMockServer({ providers: [hesedvid] });
});
afterAll(() => server.close());

describe('HesedVid against the embedded mock server', () => {
  it('uploads a file from disk, waits until ready, and shares it (the README example)', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'hesedvid-'));
    const path = join(directory, 'product-demo.mp4');
    const bytes = videoBytes(300_000);
    await writeFile(path, bytes);
    const clock = createClock();
    const client = createHesedVidClient({
      apiKey: hesedvidTestKey,
      orgId,
      environment: 'prod',
      baseUrl: server.baseUrl('hesedvid'),
      now: clock.now,
      sleep: clock.sleep,
    });
    const loaded: number[] = [];

    const upload = await client.videos.upload(path, {
      pollInterval: 50,
      onProgress: (progress) => {
        if (progress.stage === 'uploading') {
          loaded.push(progress.loaded);
        }
      },
    });
    const link = await client.shareLinks.create(upload.videoID, { expirationHours: 24, maxViews: 10, viewerEmail: 'client@example.org' });

    expect(upload).toEqual({ videoID: expect.stringMatching(/^pubvid_/), status: 'ready' });
    expect(hesedvid.state.storage.get(hesedvid.state.videos.get(upload.videoID)?.objectKey ?? '')?.bytes).toEqual(bytes);
    expect(loaded.at(-1)).toBe(300_000);
    expect(link).toMatchObject({ publicId: upload.videoID, webAppUrlType: 'private' });
    expect(link.webAppUrl).toMatch(/^https:\/\/app\.hesedvid\.com\/share\/pubvid_\w+\?token=\w+$/);
    expect(server.requestCounts.hesedvid).toBe(6);
    expect(server.requestCounts.storage).toBe(1);
  });
});
