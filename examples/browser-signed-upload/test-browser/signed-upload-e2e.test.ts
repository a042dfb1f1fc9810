import { apivideoTestKey, assembled } from '@conduit/testing/apivideo';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { sasObjectKey, scriptixTestKey } from '@conduit/testing/scriptix';
import { viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleServer, startExampleServer } from '../src/example-server.js';

// Debian's Chromium; CHROMIUM_PATH overrides. playwright-core never downloads a browser.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let example: ExampleServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  example = await startExampleServer();
  browser = await chromium.launch({ executablePath, args, headless: true });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await example?.close();
});

function bytes(size: number, seed: number): Buffer {
  const buffer = Buffer.alloc(size);
  for (let index = 0; index < size; index++) {
    buffer[index] = (index * seed + (index >> 10)) % 256;
  }
  return buffer;
}

/** Uploads through the page as a person would: pick the provider and the file, press Upload, wait. */
async function uploadThroughPage(provider: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(example.url);
  await page.selectOption('#provider', provider);
  await page.setInputFiles('#file', file);
  await page.click('#start');
  await page.waitForSelector('#status[data-state="done"], #status[data-state="failed"]', { timeout: 30_000 });
  return {
    status: await page.textContent('#status'),
    result: JSON.parse((await page.textContent('#result')) || 'null') as Record<string, unknown> | null,
    progress: await page.$eval('#progress', (bar) => ({
      value: (bar as HTMLProgressElement).value,
      max: (bar as HTMLProgressElement).max,
      events: Number((bar as HTMLProgressElement).dataset.events),
    })),
  };
}

describe('the example page in Chromium against the embedded mock server', () => {
  it('uploads to HesedVid with a signed PUT; the server starts processing and the video becomes ready', async () => {
    const file = { name: 'talk.mp4', mimeType: 'video/mp4', buffer: bytes(2_500_000, 7) };
    const outcome = await uploadThroughPage('hesedvid', file);
    expect(outcome.status).toBe('Done.');
    expect(outcome.result).toEqual({ videoId: expect.stringMatching(/^pubvid_/), status: 'ready' });
    const video = example.mocks.hesedvid.state.videos.get(String(outcome.result?.videoId));
    const stored = example.mocks.hesedvid.state.storage.get(video?.objectKey ?? '');
    expect(stored?.contentType).toBe('video/mp4');
    expect(Buffer.from(stored?.bytes ?? []).equals(file.buffer)).toBe(true);
    expect(outcome.progress).toMatchObject({ value: file.buffer.length, max: file.buffer.length });
  });

  it('uploads to ViddyScribe with the declared content type; notify and verification complete', async () => {
    const file = { name: 'lecture.webm', mimeType: 'video/webm', buffer: bytes(1_200_000, 13) };
    const outcome = await uploadThroughPage('viddyscribe', file);
    expect(outcome.result).toEqual({ mediaId: expect.any(String), status: 'completed' });
    const media = example.mocks.viddyscribe.state.media.get(String(outcome.result?.mediaId));
    const stored = example.mocks.viddyscribe.storage.get(media?.gcsPath ?? '');
    expect(stored?.contentType).toBe('video/webm');
    expect(Buffer.from(stored?.bytes ?? []).equals(file.buffer)).toBe(true);
  });

  it('uploads to Scriptix through the SAS URL (BlockBlob); the session is transcribed', async () => {
    const file = { name: 'call.m4a', mimeType: 'audio/mp4', buffer: bytes(800_000, 17) };
    const outcome = await uploadThroughPage('scriptix', file);
    expect(outcome.result).toEqual({ sessionId: expect.any(String), status: 'done' });
    const stored = example.mocks.scriptix.storage.get(sasObjectKey(String(outcome.result?.sessionId)));
    expect(Buffer.from(stored?.bytes ?? []).equals(file.buffer)).toBe(true);
  });

  it('uploads to api.video with an upload token in 5 MiB Content-Range chunks into one video', async () => {
    const file = { name: 'match.mov', mimeType: 'video/quicktime', buffer: bytes(12 * 1_048_576 + 321, 29) };
    const outcome = await uploadThroughPage('apivideo', file);
    expect(outcome.result).toEqual({ videoId: expect.any(String), status: 'uploaded', size: file.buffer.length });
    const entry = example.mocks.apivideo.state.videos.get(String(outcome.result?.videoId));
    expect(Buffer.from(assembled(entry?.upload ?? ({ parts: [] } as never))).equals(file.buffer)).toBe(true);
    const chunks = example.mocks.apivideo.requests.filter((request) => request.path === '/upload');
    expect(chunks.map((request) => (request.body as { videoId?: string }).videoId ?? null)).toEqual([
      null,
      entry?.video.videoId,
      entry?.video.videoId,
    ]);
    expect(chunks.every((request) => request.headers.authorization === undefined)).toBe(true);
    expect(outcome.progress.value).toBe(file.buffer.length);
    expect(outcome.progress.events).toBeGreaterThanOrEqual(3);
  });

  it('shows the typed error when the server refuses the file type, and no video is created', async () => {
    const before = example.mocks.hesedvid.state.videos.size;
    const outcome = await uploadThroughPage('hesedvid', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    expect(outcome.status).toMatch(/^Failed: .*ConfigurationError: .*contentType/);
    expect(example.mocks.hesedvid.state.videos.size).toBe(before);
  });

  it('served a page whose script raised no error, to a page that never saw a key', async () => {
    expect(pageErrors).toEqual([]);
    for (const key of [hesedvidTestKey, viddyscribeTestKey, scriptixTestKey, apivideoTestKey]) {
      expect(example.script).not.toContain(key);
    }
  });
});
