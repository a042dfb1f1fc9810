import { createScriptixMock, type ScriptixMock, scriptixTestKey } from '@conduit/testing/scriptix';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createScriptixClient, type ScriptixClientOptions } from '../../src/index.js';

/** Starts msw with a fresh Scriptix mock for the file; handlers and state reset after each test. */
export function useScriptixMock(): { mock: ScriptixMock; server: ReturnType<typeof setupServer> } {
  const mock = createScriptixMock();
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
  return { mock, server };
}

/** A client on the mock whose sleeps return at once (recorded in `sleeps`), so no test waits on real time. */
export function createTestClient(options: ScriptixClientOptions = {}) {
  const sleeps: number[] = [];
  const client = createScriptixClient({
    apiKey: scriptixTestKey,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, sleeps };
}
