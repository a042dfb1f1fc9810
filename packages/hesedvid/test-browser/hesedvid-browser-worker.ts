import { createHesedVidClient } from '@conduit/hesedvid';
import { createHesedVidMock, hesedvidBaseUrl, hesedvidTestKey } from '@conduit/testing/hesedvid';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The stateful HesedVid mock, served by msw's service worker inside the page. */
export const mock: ReturnType<typeof createHesedVidMock> = createHesedVidMock({ processingPolls: 0 });
export const worker = setupWorker(...mock.handlers);

/**
 * The key-bearing client plays the app's server here (it mints signed URLs); a page may hold it
 * only with `dangerouslyAllowBrowser`, which is what the tests of the browser entry must never need.
 */
export const server = createHesedVidClient({
  apiKey: hesedvidTestKey,
  orgId: 'org_123456789',
  environment: 'prod',
  baseUrl: hesedvidBaseUrl,
  maxRetries: 0,
  dangerouslyAllowBrowser: true,
});

beforeAll(async () => {
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    // The test runner's own module requests go to its server; anything else must be mocked.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).origin !== location.origin) {
        print.error();
      }
    },
  });
});
afterEach(() => {
  worker.resetHandlers();
  mock.reset();
});
afterAll(() => worker.stop());

/** A video file of `size` bytes with recognisable content. */
export function videoFile(size: number, name = 'clip.mp4', type = 'video/mp4'): File {
  return new File([Uint8Array.from({ length: size }, (_, index) => (index * 7) % 256)], name, { type });
}

/** Byte-for-byte equality, fast on megabytes (deep equality of typed arrays is slow). */
export function sameBytes(actual: Uint8Array | undefined, expected: Uint8Array): boolean {
  return actual !== undefined && actual.byteLength === expected.byteLength && actual.every((byte, index) => byte === expected[index]);
}
