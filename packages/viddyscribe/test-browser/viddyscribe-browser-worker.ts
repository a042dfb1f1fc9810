import { useMockWorker } from '@conduit/testing/browser';
import { createViddyScribeMock, viddyscribeBaseUrl, viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { createViddyScribeClient } from '@conduit/viddyscribe';

/** The stateful ViddyScribe mock, served by msw's service worker inside the page. */
export const mock: ReturnType<typeof createViddyScribeMock> = createViddyScribeMock();
export const worker = useMockWorker(mock);

/** The key-bearing client plays the app's server (it requests signed URLs, notifies, polls); a page needs `dangerouslyAllowBrowser` for it. */
export const server = createViddyScribeClient({
  apiKey: viddyscribeTestKey,
  baseUrl: viddyscribeBaseUrl,
  maxRetries: 0,
  pollInterval: 10,
  dangerouslyAllowBrowser: true,
});

/** What the app's server hands the page: `upload_media` with `signed_url`. */
export async function requestSignedUpload(filename: string, contentType: string) {
  const { data } = await server.api.POST('/upload_media', { body: { input: { type: 'signed_url', filename, content_type: contentType } } });
  if (!data || !('upload_url' in data)) {
    throw new Error('upload_media answered without a signed URL');
  }
  return data;
}
