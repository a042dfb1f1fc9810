import { syncBuiltinESMExports } from 'node:module';
import { createFakeClock } from '@conduit/testing';
import { createViddyScribeMock, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createViddyScribeClient, type ViddyScribeClientOptions } from '../src/index.js';

/** Starts msw with the ViddyScribe mock for the calling test file and records every request. */
export function useViddyScribeMock() {
  const mock = createViddyScribeMock();
  const server = setupServer(...mock.handlers);
  const requests: string[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname.replace('/enterprise/api', '')}`);
  });
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    // msw patches `http(s).request` on the CommonJS modules; core's file PUT imports `node:https` as ESM,
    // whose named exports only see the patch once synced.
    syncBuiltinESMExports();
  });
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    requests.length = 0;
  });
  afterAll(() => {
    server.close();
    syncBuiltinESMExports();
  });
  return { mock, server, requests };
}

/** A client on the fake clock from @conduit/testing: `sleep` advances `clock.now()` at once and records each wait. */
export function createTestClient(options: ViddyScribeClientOptions = {}) {
  const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0, 0));
  const client = createViddyScribeClient({
    apiKey: viddyscribeTestKey,
    now: clock.now,
    sleep: clock.sleep,
    backoff: { random: () => 0.5 },
    ...options,
  });
  return { client, clock };
}

/** Bytes that pass as a small MP4 for the mock. */
export const smallVideo = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 109, 112, 52, 50]);
