import { ConfigurationError } from '@conduit/core';
import { apivideoTestKey } from '@conduit/testing/apivideo';
import { createRecordingFetch, jsonResponse } from '@conduit/testing/conformance';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apivideoBaseUrls, createApiVideoClient } from '../src/index.js';

const video = { videoId: 'vi1', title: 'One' };
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.APIVIDEO_API_KEY;
  delete process.env.APIVIDEO_API_KEY;
});
afterEach(() => {
  if (saved === undefined) {
    delete process.env.APIVIDEO_API_KEY;
  } else {
    process.env.APIVIDEO_API_KEY = saved;
  }
});

async function firstUrl(options: Parameters<typeof createApiVideoClient>[0]) {
  const recording = createRecordingFetch([jsonResponse(video)]);
  const client = createApiVideoClient({ apiKey: apivideoTestKey, fetch: recording.fetch, ...options });
  await client.videos.get('vi1');
  return { url: recording.requests[0]?.url, client, recording };
}

describe('createApiVideoClient', () => {
  it('targets production by default and sandbox on request', async () => {
    expect((await firstUrl({})).url).toBe('https://ws.api.video/videos/vi1');
    const sandbox = await firstUrl({ environment: 'sandbox' });
    expect(sandbox.url).toBe('https://sandbox.api.video/videos/vi1');
    expect(sandbox.client.environment).toBe('sandbox');
    expect(sandbox.client.baseUrl).toBe(apivideoBaseUrls.sandbox);
  });

  it('an explicit baseUrl wins over the environment', async () => {
    expect((await firstUrl({ environment: 'sandbox', baseUrl: 'http://127.0.0.1:4010/apivideo/' })).url).toBe(
      'http://127.0.0.1:4010/apivideo/videos/vi1',
    );
  });

  it('sends Basic base64("key:") by default and a user agent', async () => {
    const { recording } = await firstUrl({});
    expect(recording.requests[0]?.headers.get('authorization')).toBe(`Basic ${btoa(`${apivideoTestKey}:`)}`);
    expect(recording.requests[0]?.headers.get('user-agent')).toMatch(/^conduit-apivideo\//);
  });

  it('reads APIVIDEO_API_KEY', async () => {
    process.env.APIVIDEO_API_KEY = 'envKey0123456789abcdef';
    const recording = createRecordingFetch([jsonResponse(video)]);
    await createApiVideoClient({ fetch: recording.fetch }).videos.get('vi1');
    expect(recording.requests[0]?.headers.get('authorization')).toBe(`Basic ${btoa('envKey0123456789abcdef:')}`);
  });

  it.each([
    [{ environment: 'staging' }, /environment must be 'production' or 'sandbox'/],
    [{ auth: 'oauth' }, /auth must be 'basic' or 'token'/],
    [{ tokenRefreshMarginMs: -1 }, /tokenRefreshMarginMs/],
    [{ chunkSize: 5 }, /unknown option `chunkSize`/],
    [{ baseUrl: 'http://ws.api.video' }, /http/i],
    [{ apiKey: 'user:password' }, /not in the documented format/],
  ])('refuses %o with a ConfigurationError', (options, message) => {
    let caught: unknown;
    try {
      createApiVideoClient({ apiKey: apivideoTestKey, ...(options as object) });
    } catch (error) {
      caught = error;
    }
    expect(ConfigurationError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });

  it('a missing key names APIVIDEO_API_KEY', () => {
    expect(() => createApiVideoClient({})).toThrow(/APIVIDEO_API_KEY/);
  });

  it('exposes the raw client on the same transport', async () => {
    const recording = createRecordingFetch([jsonResponse({ data: [], pagination: { links: [] } })]);
    const client = createApiVideoClient({ apiKey: apivideoTestKey, fetch: recording.fetch });
    const { data } = await client.api.GET('/webhooks');
    expect(data?.data).toEqual([]);
    expect(recording.requests[0]?.headers.get('authorization')).toMatch(/^Basic /);
    expect(client.transport.stats.calls).toBe(1);
  });

  it('refuses bad request options before sending', async () => {
    const recording = createRecordingFetch([jsonResponse(video)]);
    const client = createApiVideoClient({ apiKey: apivideoTestKey, fetch: recording.fetch });
    await expect(client.videos.get('vi1', { signal: undefined, retries: 3 } as never)).rejects.toThrow(/unknown option `retries`/);
    await expect(client.videos.get('')).rejects.toSatisfy(ConfigurationError.isInstance);
    await expect(client.videos.get('a/b')).rejects.toThrow(/videoId/);
    expect(recording.requests).toHaveLength(0);
  });
});
