import { createScriptixClient } from '@conduit/scriptix';
import { useMockWorker } from '@conduit/testing/browser';
import { createScriptixMock, scriptixBaseUrl, scriptixTestKey } from '@conduit/testing/scriptix';

/** The stateful Scriptix mock, served by msw's service worker inside the page. */
export const mock: ReturnType<typeof createScriptixMock> = createScriptixMock();
export const worker = useMockWorker(mock);

/** The key-bearing client plays the app's server (sessions, SAS URLs, polling); a page needs `dangerouslyAllowBrowser` for it. */
export const server = createScriptixClient({
  apiKey: scriptixTestKey,
  baseUrl: scriptixBaseUrl,
  maxRetries: 0,
  dangerouslyAllowBrowser: true,
});

/** What the app's server hands the page: a new session's SAS upload URL. */
export async function createSessionGrant() {
  const session = await server.sessions.create({ language: 'en' });
  return server.sessions.uploadUrl(session.session_id);
}
