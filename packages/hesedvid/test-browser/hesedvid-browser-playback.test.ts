import { readHesedVidPlayback } from '@conduit/hesedvid/browser';
import { seedHesedVidVideo } from '@conduit/testing/hesedvid';
import { describe, expect, it } from 'vitest';
import { mock, server } from './hesedvid-browser-worker.js';

function seedPrivateVideo(): string {
  return seedHesedVidVideo(mock.state, { orgId: 'org_123456789', name: 'private talk', allowPublicAccess: false }).publicId;
}

describe('readHesedVidPlayback in Chromium', () => {
  it('reads a signed playback URL: the playlist, the JWT expiry and that it is private', async () => {
    const videoId = seedPrivateVideo();
    const signed = await server.playback.signedUrl(videoId, { expiresIn: '15m' });
    const url = String(signed.signedUrl);

    const source = readHesedVidPlayback(url);

    expect(source.url).toBe(url);
    expect(source.private).toBe(true);
    expect(source.pageUrl).toBeUndefined();
    // The token's `exp` is whole seconds; HesedVid's own `expiresAt` says the same instant.
    expect(Math.abs((source.expiresAt?.getTime() ?? 0) - Date.parse(String(signed.expiresAt)))).toBeLessThan(1000);
    expect(source.expired).toBe(false);
    expect(readHesedVidPlayback(url, { now: Date.now() + 16 * 60_000 }).expired).toBe(true);
    expect(readHesedVidPlayback(signed)).toMatchObject({ url, private: true, expired: false });
  });

  it('reads a share link answer: playlist, share page, stated expiry', async () => {
    const videoId = seedPrivateVideo();
    const link = await server.shareLinks.create(videoId, { expirationHours: 2 });

    const source = readHesedVidPlayback(link);

    expect(source).toMatchObject({ url: link.directUrl, pageUrl: link.webAppUrl, private: true, expired: false });
    expect(source.expiresAt?.toISOString()).toBe(link.expiresAt);
    expect(readHesedVidPlayback(link, { now: Date.now() + 3 * 3_600_000 }).expired).toBe(true);
  });

  it('knows nothing about the lifetime of a URL without a readable token', () => {
    const source = readHesedVidPlayback('https://worker.hesedvid.com/v1/public/org_1/env_1/vid_1/master.m3u8');
    expect(source).toMatchObject({ private: false, expiresAt: undefined, expired: false });
    expect(readHesedVidPlayback('https://worker.hesedvid.com/pubvid_1/master.m3u8?token=opaque').expiresAt).toBeUndefined();
  });
});
