import { ConfigurationError } from '@conduit/core';
import { seedHesedVidVideo } from '@conduit/testing/hesedvid';
import { describe, expect, it } from 'vitest';
import { createTestClient, orgId, rejectionOf, useHesedVidMock } from './helpers/setup.js';

const { mock, requests } = useHesedVidMock();

describe('shareLinks.create', () => {
  it('creates a limited private link and sends exactly the given limits', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId, name: 'Pitch', allowPublicAccess: true });
    const { client } = createTestClient();
    const before = Date.now();
    const link = await client.shareLinks.create(video.publicId, { expirationHours: 48, maxViews: 3, viewerEmail: 'viewer@example.org' });
    expect(link).toMatchObject({ publicId: video.publicId, videoName: 'Pitch', webAppUrlType: 'private', directUrlType: 'private' });
    expect(link.directUrl).toBe(`https://worker.hesedvid.com/${video.publicId}/master.m3u8?token=${link.token}`);
    expect(Date.parse(link.expiresAt ?? '')).toBeGreaterThanOrEqual(before + 48 * 3_600_000);
    expect(Date.parse(link.expiresAt ?? '')).toBeLessThanOrEqual(Date.now() + 48 * 3_600_000);
    expect(await requests[0]?.json()).toEqual({ expirationHours: 48, maxViews: 3, viewerEmail: 'viewer@example.org' });
  });

  it('creates an open link for a public video with no limits', async () => {
    const video = seedHesedVidVideo(mock.state, { orgId, name: 'Open', allowPublicAccess: true });
    const { client } = createTestClient();
    const link = await client.shareLinks.create(video.publicId);
    expect(link.webAppUrlType).toBe('public');
    expect(await requests[0]?.json()).toEqual({});
  });

  it('maps an unknown video to NotFoundError', async () => {
    const { client } = createTestClient();
    await expect(client.shareLinks.create('pubvid_nope')).rejects.toMatchObject({ name: 'NotFoundError', code: 'video_not_found' });
  });

  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['0 hours', { expirationHours: 0 }, /`expirationHours` must be at least 1 hour/],
    ['169 hours', { expirationHours: 169 }, /`expirationHours` must be at most 168 hours/],
    ['fractional hours', { expirationHours: 1.5 }, /`expirationHours` must be a whole number of hours/],
    ['hours as a string', { expirationHours: '24' }, /`expirationHours` must be a whole number/],
    ['0 views', { maxViews: 0 }, /`maxViews` must be a positive number of views/],
    ['negative views', { maxViews: -4 }, /`maxViews` must be a positive/],
    ['fractional views', { maxViews: 2.5 }, /`maxViews` must be a whole number/],
    ['an invalid email', { viewerEmail: 'not-an-email' }, /`viewerEmail` must be a valid email address/],
    ['an unknown option', { expiresInHours: 2 }, /unknown option `expiresInHours`/],
  ];
  for (const [name, options, message] of bad) {
    it(`refuses ${name} before sending`, async () => {
      const { client } = createTestClient();
      const error = await rejectionOf(client.shareLinks.create('pubvid_AbCdEf', options as never));
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(message);
      expect(requests).toHaveLength(0);
    });
  }
});
