import { createFakeClock } from '@conduit/testing';
import { createHesedVidMock, type HesedVidMockOptions, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHesedVidClient, type HesedVidClientOptions } from '../../src/index.js';

export const orgId = 'org_123456789';

/** The fake clock from @conduit/testing, started at the real current time (the mock's signed links use it). */
export function createClock(start = Date.now()) {
  return createFakeClock(start);
}

/**
 * Starts msw with a fresh HesedVid mock for one test file (`onUnhandledRequest: 'error'`), records
 * every request, and resets handlers, state and the record after each test.
 */
export function useHesedVidMock(options: HesedVidMockOptions = {}) {
  const mock = createHesedVidMock(options);
  const server = setupServer(...mock.handlers);
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(request.clone());
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return { mock, server, requests };
}

/** A client on the mock's base URL with a test key, org `org_123456789`, environment `prod` and a fake clock. */
export function createTestClient(options: Partial<HesedVidClientOptions> = {}) {
  const clock = createClock();
  const client = createHesedVidClient({
    apiKey: hesedvidTestKey,
    orgId,
    environment: 'prod',
    now: clock.now,
    sleep: clock.sleep,
    // Fixed jitter: a random backoff now and then rounds down to 0 ms and is not slept, so counted sleeps would flake.
    backoff: { random: () => 0.5 },
    ...options,
  });
  return { client, clock };
}

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Some bytes standing in for a video. */
export function videoBytes(size = 4096): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) {
    bytes[index] = index % 251;
  }
  return bytes;
}
