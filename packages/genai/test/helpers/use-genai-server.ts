import { createFakeClock } from '@conduit/testing';
import { createGenAIMock, type GenAIMockOptions, genaiTestKey } from '@conduit/testing/genai';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGenAIClient, type GenAIClientOptions } from '../../src/index.js';

/** Starts msw with the GenAI mock for this test file (unhandled requests fail), resetting handlers and state after each test. */
export function useGenAIServer(options: GenAIMockOptions = {}) {
  const clock = createFakeClock(Date.UTC(2026, 0, 1));
  const mock = createGenAIMock({ now: clock.now, ...options });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
    mock.reset();
    clock.sleeps.length = 0;
  });
  afterAll(() => server.close());
  const client = (extra: GenAIClientOptions = {}) =>
    createGenAIClient({ apiKey: genaiTestKey, now: clock.now, sleep: clock.sleep, backoff: { random: () => 0.5 }, ...extra });
  return { mock, server, clock, client };
}
