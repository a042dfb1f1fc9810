import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer } from '@conduit/testing';
import { apivideoTestKey, createApiVideoMock } from '@conduit/testing/apivideo';
import { createGenAIMock, genaiTestKey } from '@conduit/testing/genai';
import { createHesedVidMock, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { createScriptixMock, scriptixTestKey } from '@conduit/testing/scriptix';
import { createViddyScribeMock, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { sampleBytes, sampleName } from './harness/sample-media.mjs';

/** Two api.video chunks of 5 MiB and a rest, so chunked uploads really send several parts. */
export const sampleSize = 6 * 1024 * 1024;

/** The test keys the mocks accept, per provider id. */
export const testKeys = {
  viddyscribe: viddyscribeTestKey,
  hesedvid: hesedvidTestKey,
  scriptix: scriptixTestKey,
  apivideo: apivideoTestKey,
  genai: genaiTestKey,
};

/**
 * Starts the embedded, stateful mock server of `@conduit/testing` (all five providers) on
 * 127.0.0.1 in this Node process, and writes the sample media to a temporary directory.
 * `stop()` closes the server and removes the directory.
 */
export async function startMockServer() {
  const server = await createMockServer({
    providers: [createViddyScribeMock(), createHesedVidMock(), createScriptixMock(), createApiVideoMock(), createGenAIMock()],
  });
  const directory = await mkdtemp(join(tmpdir(), 'conduit-runtimes-'));
  const samplePath = join(directory, sampleName);
  await writeFile(samplePath, sampleBytes(sampleSize));
  return {
    url: server.url,
    samplePath,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
