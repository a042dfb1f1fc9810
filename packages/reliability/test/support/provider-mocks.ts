import { createMockServer, type MockServer } from '@conduit/testing';
import { type ApiVideoMock, apivideoTestKey, createApiVideoMock } from '@conduit/testing/apivideo';
import { createGenAIMock, genaiTestKey } from '@conduit/testing/genai';
import { createHesedVidMock, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { createScriptixMock, type ScriptixMock, scriptixTestKey } from '@conduit/testing/scriptix';
import { createViddyScribeMock, type ViddyScribeMock, viddyscribeTestKey } from '@conduit/testing/viddyscribe';

/** The key each provider mock accepts (the `@conduit/testing` test keys). */
export const providerKeys = {
  genai: genaiTestKey,
  viddyscribe: viddyscribeTestKey,
  hesedvid: hesedvidTestKey,
  scriptix: scriptixTestKey,
  apivideo: apivideoTestKey,
} as const;

/** The five stateful provider mocks behind one `createMockServer`, with limits far above the soak's load. */
export interface ProviderMocks {
  server: MockServer;
  apivideo: ApiVideoMock;
  scriptix: ScriptixMock;
  viddyscribe: ViddyScribeMock;
  close(): Promise<void>;
}

const plenty = 10_000_000;

/** Starts the mocks; the soak's own faults, not the mocks' documented limits, decide what fails. */
export async function startProviderMocks(): Promise<ProviderMocks> {
  const genai = createGenAIMock({ limits: { generate: plenty, analyze: plenty, models: plenty, other: plenty } });
  const hesedvid = createHesedVidMock({ limits: { general: plenty, video: plenty, analytics: plenty } });
  const apivideo = createApiVideoMock({ limits: { upload: plenty, write: plenty, read: plenty } });
  const scriptix = createScriptixMock();
  scriptix.state.rateLimit = { limit: plenty, windowMs: 60_000 };
  const viddyscribe = createViddyScribeMock();
  const server = await createMockServer({ providers: [genai, viddyscribe, hesedvid, scriptix, apivideo] });
  return { server, apivideo, scriptix, viddyscribe, close: () => server.close() };
}
