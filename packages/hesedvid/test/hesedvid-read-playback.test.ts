import { describe, expect, it } from 'vitest';
import { readHesedVidPlayback } from '../src/index.js';

/** A JWT-shaped token whose payload carries `exp` (epoch seconds). */
function token(exp: number): string {
  const payload = btoa(JSON.stringify({ exp })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `eyJhbGciOiJub25lIn0.${payload}.sig`;
}

describe('readHesedVidPlayback (no request)', () => {
  it('reads a bare URL: the token expiry, private, expired against `now`', () => {
    const url = `https://worker.hesedvid.com/pubvid_1/master.m3u8?token=${token(2_000_000_000)}`;
    expect(readHesedVidPlayback(url, { now: 0 })).toEqual({
      url,
      pageUrl: undefined,
      expiresAt: new Date(2_000_000_000_000),
      expired: false,
      private: true,
    });
    expect(readHesedVidPlayback(url, { now: 2_000_000_000_000 }).expired).toBe(true);
  });

  it('reads a public URL without a token as open-ended', () => {
    const source = readHesedVidPlayback('https://worker.hesedvid.com/v1/public/org_1/env_1/vid_1/master.m3u8');
    expect(source).toMatchObject({ private: false, expiresAt: undefined, expired: false });
  });

  it('reads a share link answer: direct URL, share page and its ISO expiry', () => {
    const source = readHesedVidPlayback(
      {
        webAppUrl: 'https://app.hesedvid.com/share/pubvid_1?token=abc',
        webAppUrlType: 'private',
        directUrl: 'https://worker.hesedvid.com/pubvid_1/master.m3u8?token=abc',
        directUrlType: 'private',
        publicId: 'pubvid_1',
        expiresAt: '2024-01-16T10:30:00Z',
      },
      { now: Date.parse('2024-01-17T00:00:00Z') },
    );
    expect(source).toEqual({
      url: 'https://worker.hesedvid.com/pubvid_1/master.m3u8?token=abc',
      pageUrl: 'https://app.hesedvid.com/share/pubvid_1?token=abc',
      expiresAt: new Date('2024-01-16T10:30:00Z'),
      expired: true,
      private: true,
    });
  });

  it('reads a signed-URL answer under an undocumented key, and one without a URL as empty', () => {
    expect(readHesedVidPlayback({ url: 'https://worker.hesedvid.com/x/master.m3u8', expiresAt: 'not a date' })).toMatchObject({
      url: 'https://worker.hesedvid.com/x/master.m3u8',
      expiresAt: undefined,
      private: false,
    });
    expect(readHesedVidPlayback({ note: 'no link here' }).url).toBe('');
  });
});
