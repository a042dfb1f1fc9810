import { createScriptixClient } from '@conduit/scriptix';
import { createScriptixMock, scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The stateful Scriptix mock, served by msw's service worker inside the page. */
export const mock: ReturnType<typeof createScriptixMock> = createScriptixMock();
export const worker = setupWorker(...mock.handlers);

/** The key-bearing client plays the app's server (sessions, SAS URLs, polling); a page needs `dangerouslyAllowBrowser` for it. */
export const server = createScriptixClient({
  apiKey: scriptixTestKey,
  baseUrl: scriptixBaseUrl,
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

/** What the app's server hands the page: a new session's SAS upload URL. */
export async function createSessionGrant() {
  const session = await server.sessions.create({ language: 'en' });
  return server.sessions.uploadUrl(session.session_id);
}
