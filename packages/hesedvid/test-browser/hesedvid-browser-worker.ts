import { createHesedVidClient } from '@conduit/hesedvid';
import { useMockWorker } from '@conduit/testing/browser';
import { createHesedVidMock, hesedvidBaseUrl, hesedvidTestKey } from '@conduit/testing/hesedvid';

/** The stateful HesedVid mock, served by msw's service worker inside the page. */
export const mock: ReturnType<typeof createHesedVidMock> = createHesedVidMock({ processingPolls: 0 });
export const worker = useMockWorker(mock);

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

/** A video file of `size` bytes with recognisable content. */
export function videoFile(size: number, name = 'clip.mp4', type = 'video/mp4'): File {
  return new File([Uint8Array.from({ length: size }, (_, index) => (index * 7) % 256)], name, { type });
}

/** Byte-for-byte equality, fast on megabytes (deep equality of typed arrays is slow). */
export function sameBytes(actual: Uint8Array | undefined, expected: Uint8Array): boolean {
  return actual !== undefined && actual.byteLength === expected.byteLength && actual.every((byte, index) => byte === expected[index]);
}
