import { readApiVideoAsset, withApiVideoSession } from '@conduit/apivideo/browser';
import { describe, expect, it } from 'vitest';
import { server } from './apivideo-browser-worker.js';

describe('private asset helpers in Chromium', () => {
  it('reads the video id and the single-use token from every asset URL of a private video', () => {
    const [videoId, token] = ['vi4blUQJFrYWbaG44NChkH27', '831a9bd9-9f50-464c-a369-8e9d914371ae'];
    const vod = `https://vod.api.video/vod/${videoId}/token/${token}`;
    const urls = [
      `https://embed.api.video/vod/${videoId}?token=${token}`,
      `${vod}/hls/manifest.m3u8`,
      `${vod}/thumbnail.jpg`,
      `${vod}/mp4/source.mp4`,
    ];
    for (const url of urls) {
      const asset = readApiVideoAsset(url);
      expect(asset.videoId).toBe(videoId);
      expect(asset.privateToken).toBe(token);
    }
  });

  it('reads a public asset as having no token', async () => {
    const video = await server.videos.create({ title: 'Public' });
    expect(readApiVideoAsset(video.assets?.hls ?? '')).toEqual({ videoId: video.videoId, privateToken: undefined });
  });

  it('adds the session token as avh, replacing an older one', () => {
    const url = 'https://vod.api.video/vod/vi1/token/tk1/hls/manifest.m3u8';
    expect(withApiVideoSession(url, 'sess-1')).toBe(`${url}?avh=sess-1`);
    expect(withApiVideoSession('https://embed.api.video/vod/vi1?token=tk1&avh=old', 'new')).toBe(
      'https://embed.api.video/vod/vi1?token=tk1&avh=new',
    );
  });
});
