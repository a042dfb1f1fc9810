import { createFakeClock } from '@conduit/testing';
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

/** A client on the mock with the fake clock from @conduit/testing (sleeps advance it, recorded in `sleeps`): no test waits on real time. */
export function createTestClient(options: ScriptixClientOptions = {}) {
  const clock = createFakeClock();
  const client = createScriptixClient({
    apiKey: scriptixTestKey,
    now: clock.now,
    sleep: clock.sleep,
    backoff: { random: () => 0.5 },
    ...options,
  });
  return { client, sleeps: clock.sleeps, clock };
}

/** `now` and `sleep` of a fresh fake clock from @conduit/testing, to spread into client options. */
export function fakeTime() {
  const clock = createFakeClock();
  return { now: clock.now, sleep: clock.sleep };
}
