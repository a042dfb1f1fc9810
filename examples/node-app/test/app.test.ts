import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMockServer, type MockServer } from '@conduit/testing';
import { createGenAIMock, genaiTestKey } from '@conduit/testing/genai';
import { createHesedVidMock, hesedvidScenarios, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const app = new URL('../src/app.mjs', import.meta.url).pathname;

describe('examples/node-app against the embedded mock server', () => {
  let server: MockServer;
  let directory: string;
  let video: string;
  beforeAll(async () => {
    server = await createMockServer({ providers: [createHesedVidMock(), createGenAIMock()] });
    directory = mkdtempSync(join(tmpdir(), 'conduit-node-app-'));
    video = join(directory, 'launch.mp4');
    writeFileSync(video, Buffer.alloc(256 * 1024, 7));
  });
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const environment = () => ({
    ...process.env,
    HESEDVID_API_KEY: hesedvidTestKey,
    GENAI_API_KEY: genaiTestKey,
    HESEDVID_BASE_URL: server.baseUrl('hesedvid'),
    GENAI_BASE_URL: server.baseUrl('genai'),
    POLL_INTERVAL_MS: '20',
  });

  it('uploads, shares and writes a blurb', async () => {
    const { stdout } = await run(process.execPath, [app, video], { env: environment() });
    expect(stdout).toMatch(/uploaded \S+: ready/);
    expect(stdout).toMatch(/share link: https:\/\/\S+\/share\/\S+\?token=/);
    expect(stdout).toMatch(/blurb: .+/);
  });

  it('rides out a 503 on the upload-status poll', async () => {
    server.use(hesedvidScenarios.outage({ status: 503, times: 1, method: 'GET' }));
    try {
      const { stdout } = await run(process.execPath, [app, video], { env: environment() });
      expect(stdout).toContain('retrying after InternalServerError');
      expect(stdout).toMatch(/uploaded \S+: ready/);
    } finally {
      server.resetHandlers();
    }
  });

  it('fails with a typed, readable error on a bad key, without printing it', async () => {
    const badKey = 'hv_nope_0123456789abcdef0123456789abcd';
    const failure = await run(process.execPath, [app, video], { env: { ...environment(), HESEDVID_API_KEY: badKey } }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/ConfigurationError: .*HESEDVID_API_KEY/);
    expect(failure?.stderr).not.toContain(badKey);
  });
});
