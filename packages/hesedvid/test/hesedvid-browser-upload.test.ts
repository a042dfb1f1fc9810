import { ConfigurationError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { uploadToHesedVid } from '../src/browser.js';

// The upload itself runs in Chromium (test-browser/); here, the checks made before anything is sent.
describe('uploadToHesedVid refuses bad input before sending', () => {
  const clip = new File([new Uint8Array(10)], 'clip.mp4', { type: 'video/mp4' });
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    ['an answer without signedURL', () => uploadToHesedVid({ videoID: 'pubvid_1' } as never, clip), /pass the signed URL/],
    ['an empty URL', () => uploadToHesedVid({ signedURL: '' }, clip), /pass the signed URL/],
    [
      'a type HesedVid does not take',
      () => uploadToHesedVid('https://storage.example/x', new File([new Uint8Array(4)], 'a.flv')),
      /"a\.flv"/,
    ],
    [
      'an unknown extension',
      () => uploadToHesedVid({ signedUrl: 'https://storage.example/x' }, new File([new Uint8Array(4)], 'a.xyz')),
      /a\.xyz/,
    ],
    ['an empty file', () => uploadToHesedVid('https://storage.example/x', new File([], 'a.mp4', { type: 'video/mp4' })), /0 bytes/],
  ];
  for (const [name, run, message] of cases) {
    it(`refuses ${name}`, async () => {
      const error = await run().catch((caught: unknown) => caught);
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
    });
  }
});
