import { ConfigurationError } from '@conduit/core';
import { seedHesedVidVideo } from '@conduit/testing/hesedvid';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { readHesedVidPlayback } from '../src/index.js';
import { createTestClient, orgId, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, server, requests } = useHesedVidMock();

function payloadOf(url: string): Record<string, unknown> {
  const token = new URL(url).searchParams.get('token') ?? '';
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

describe('playback.signedUrl', () => {
  it('returns the HesedVid answer with a token bound to the video, converting milliseconds to HesedVid lifetimes', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId, name: 'Private' });
    const { client } = createTestClient();
    const before = Date.now();
    const signed = await client.playback.signedUrl(video.publicId, {
      expiresIn: 4 * 3_600_000,
      domains: ['example.org', 'www.example.org'],
    });
    expect(Object.keys(signed).sort()).toEqual(['expiresAt', 'signedUrl']);
    const source = readHesedVidPlayback(signed);
    expect(source.url).toBe(signed.signedUrl);
    expect(source.url).toMatch(new RegExp(`^https://worker\\.hesedvid\\.com/${video.publicId}/master\\.m3u8\\?token=`));
    expect(payloadOf(source.url)).toMatchObject({ iss: 'hesedvid', aud: video.publicId, domains: 'example.org,www.example.org' });
    expect(source.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 4 * 3_600_000 - 1000);
    expect(source.expiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + 4 * 3_600_000);
    expect(source.private).toBe(true);
    expect(new URL(requests[0]?.url ?? '').searchParams.toString()).toBe('expiration=4h&domains=example.org%2Cwww.example.org');
  });

  it('sends minutes when the lifetime is not whole hours, and HesedVid strings as they are', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId, name: 'Private' });
    const { client } = createTestClient();
    await client.playback.signedUrl(video.publicId, { expiresIn: 15 * 60_000 });
    await client.playback.signedUrl(video.publicId, { expiresIn: '30m', domains: 'example.org' });
    await client.playback.signedUrl(video.publicId);
    expect(requests.map((request) => new URL(request.url).search)).toEqual(['?expiration=15m', '?expiration=30m&domains=example.org', '']);
  });

  it('finds the URL in an undocumented body shape and refuses a body without one', async () => {
    const { client } = createTestClient();
    server.use(
      http.get('https://api.hesedvid.com/v1/api/:orgID/videos/:publicID/signed-url', () =>
        HttpResponse.json({ body: { playbackURL: 'https://worker.hesedvid.com/v1/edge/master.m3u8?token=abc', expiresAt: 1705318200 } }),
      ),
    );
    const signed = await client.playback.signedUrl('pubvid_AbCdEf');
    expect(signed).toEqual({ playbackURL: 'https://worker.hesedvid.com/v1/edge/master.m3u8?token=abc', expiresAt: 1705318200 });
    expect(readHesedVidPlayback(signed, { now: 0 })).toMatchObject({
      url: 'https://worker.hesedvid.com/v1/edge/master.m3u8?token=abc',
      expiresAt: new Date(1705318200 * 1000),
      expired: false,
    });
    server.use(
      http.get('https://api.hesedvid.com/v1/api/:orgID/videos/:publicID/signed-url', () => HttpResponse.json({ body: { ok: true } })),
    );
    await expect(client.playback.signedUrl('pubvid_AbCdEf')).rejects.toMatchObject({ name: 'ResponseValidationError' });
  });

  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a lifetime under a minute', { expiresIn: 30_000 }, /`expiresIn` must be milliseconds in whole minutes/],
    ['a lifetime in fractional minutes', { expiresIn: 90_500 }, /`expiresIn`/],
    ['a malformed lifetime string', { expiresIn: '1 hour' }, /`expiresIn`/],
    ['a domain with a path', { domains: ['example.org/path'] }, /`domains` has "example.org\/path"/],
    ['an empty domain list', { domains: [] }, /`domains` must be a non-empty list/],
    ['a bad domain in a string', { domains: 'example.org,,x' }, /`domains` has ""/],
  ];
  for (const [name, options, message] of bad) {
    it(`refuses ${name} before sending`, async () => {
      const { client } = createTestClient();
      const error = await rejectionOf(client.playback.signedUrl('pubvid_AbCdEf', options as never));
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(message);
      expect(requests).toHaveLength(0);
    });
  }
});
