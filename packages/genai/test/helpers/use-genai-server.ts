import { createGenAIMock, type GenAIMockOptions, genaiTestKey } from '@conduit/testing/genai';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGenAIClient, type GenAIClientOptions } from '../../src/index.js';

/** A clock that only moves when the client sleeps, so no test waits on real time. */
export function createFakeClock(start = Date.UTC(2026, 0, 1)) {
  let time = start;
  const delays: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      delays.push(ms);
      time += ms;
    },
    delays,
  };
}

/** Starts msw with the GenAI mock for this test file (unhandled requests fail), resetting handlers and state after each test. */
export function useGenAIServer(options: GenAIMockOptions = {}) {
  const clock = createFakeClock();
  const mock = createGenAIMock({ now: clock.now, ...options });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
    mock.reset();
    clock.delays.length = 0;
  });
  afterAll(() => server.close());
  const client = (extra: GenAIClientOptions = {}) =>
    createGenAIClient({ apiKey: genaiTestKey, now: clock.now, sleep: clock.sleep, ...extra });
  return { mock, server, clock, client };
}
