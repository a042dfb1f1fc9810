import { createFakeClock, type FakeClock, type MockRequest } from '@conduit/testing';
import { type ApiVideoMock, type ApiVideoMockOptions, apivideoTestKey, createApiVideoMock } from '@conduit/testing/apivideo';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ApiVideoClientOptions, createApiVideoClient } from '../src/index.js';

/** One msw server over a fresh api.video mock for a test file; state and handlers reset after each test. */
export function useApiVideoMock(options: ApiVideoMockOptions = {}): {
  mock: ApiVideoMock;
  server: ReturnType<typeof setupServer>;
  clock: FakeClock;
} {
  const clock = createFakeClock(Date.UTC(2026, 0, 15, 9, 0, 0));
  const mock = createApiVideoMock({ now: clock.now, ...options });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    clock.sleeps.length = 0;
  });
  afterAll(() => server.close());
  return { mock, server, clock };
}

/**
 * A client on the mock with the fake clock, no real waiting, and a fixed backoff jitter: with random
 * jitter a backoff rounds down to 0 ms now and then and is not slept at all, so counted sleeps would flake.
 */
export function createTestClient(clock: FakeClock, options: ApiVideoClientOptions = {}) {
  return createApiVideoClient({
    apiKey: apivideoTestKey,
    now: clock.now,
    sleep: clock.sleep,
    backoff: { random: () => 0.5 },
    ...options,
  });
}

/** `size` bytes where byte i is `(i * 31 + seed) & 255`, so misplaced chunks are detectable. */
export function patternBytes(size: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) {
    bytes[index] = (index * 31 + seed) & 255;
  }
  return bytes;
}

export const MiB = 1_048_576;

/** The `videoId` form field a multipart request sent, `undefined` without one. */
export const sentVideoId = (request: MockRequest) => (request.body as { videoId?: string } | undefined)?.videoId;

/** A tiny valid PNG (1x1). */
export const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

/** A minimal WebVTT file. */
export const vtt = new TextEncoder().encode('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello\n');

/** Collects an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

/** Byte-wise equality without vitest's slow element-by-element diff on megabyte arrays. */
export function sameBytes(actual: Uint8Array, expected: Uint8Array): boolean {
  return Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(
    Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength),
  );
}
