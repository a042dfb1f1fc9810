import { type SetupWorker, setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ProviderMock } from '../provider-mock.js';

/** Options of `useMockWorker`. */
export interface UseMockWorkerOptions {
  /** Where msw's worker script is served (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string | undefined;
}

/**
 * Serves a provider mock from msw's service worker inside the page for a vitest browser-mode
 * suite: starts before the tests, resets handlers and mock state after each test, stops after
 * all. Requests to the page's own origin (the test runner's modules) pass through; anything else
 * that no handler answers fails the test.
 *
 * @example
 * ```ts
 * import { useMockWorker } from '@conduit/testing/browser';
 * import { createHesedVidMock } from '@conduit/testing/hesedvid';
 *
 * const mock = createHesedVidMock();
 * const worker = useMockWorker(mock);
 * ```
 */
export function useMockWorker(mock: ProviderMock, options: UseMockWorkerOptions = {}): SetupWorker {
  const worker = setupWorker(...mock.handlers);
  beforeAll(async () => {
    await worker.start({
      quiet: true,
      serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
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
  return worker;
}
