import { createApiVideoClient } from '@conduit/apivideo';
import type { MockRequest } from '@conduit/testing';
import { apivideoTestKey, createApiVideoMock } from '@conduit/testing/apivideo';
import { useMockWorker } from '@conduit/testing/browser';

/** The stateful api.video mock, served by msw's service worker inside the page. */
export const mock: ReturnType<typeof createApiVideoMock> = createApiVideoMock();
export const worker = useMockWorker(mock);

/** The key-bearing client plays the app's server (upload tokens, videos); a page needs `dangerouslyAllowBrowser` for it. */
export const server = createApiVideoClient({ apiKey: apivideoTestKey, maxRetries: 0, dangerouslyAllowBrowser: true });

export const mebibyte = 1_048_576;

/** A video file of `size` bytes with position-dependent content, so a misplaced chunk shows. */
export function videoFile(size: number, name = 'match.mp4'): File {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) {
    bytes[index] = (index * 31 + (index >> 12)) % 256;
  }
  return new File([bytes], name, { type: 'video/mp4' });
}

/** Byte-for-byte equality, fast on megabytes. */
export async function sameBytes(actual: Uint8Array | undefined, file: Blob): Promise<boolean> {
  const expected = new Uint8Array(await file.arrayBuffer());
  return actual !== undefined && actual.byteLength === expected.byteLength && actual.every((byte, index) => byte === expected[index]);
}

/** The `videoId` form field a multipart request sent, `undefined` without one. */
export const sentVideoId = (request: MockRequest) => (request.body as { videoId?: string } | undefined)?.videoId;

/** The delegated-upload requests the mock received, in order. */
export function uploadRequests() {
  return mock.requests.filter((request) => request.path === '/upload');
}
