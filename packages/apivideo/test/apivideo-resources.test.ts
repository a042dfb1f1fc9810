import { ConfigurationError, NotFoundError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { collect, createTestClient, png, useApiVideoMock, vtt } from './helpers.js';

describe('client.uploadTokens', () => {
  const { mock, clock } = useApiVideoMock();

  it('creates, lists, gets and deletes tokens', async () => {
    const client = createTestClient(clock);
    const forever = await client.uploadTokens.create();
    const hour = await client.uploadTokens.create({ ttl: 3600 });
    expect(forever).toMatchObject({ ttl: 0, expiresAt: null });
    expect(hour.expiresAt).toBe(new Date(clock.now() + 3_600_000).toISOString().replace('.000Z', '+00:00'));
    expect((await collect(client.uploadTokens.list({ sortBy: 'ttl', sortOrder: 'desc' }))).map((token) => token.ttl)).toEqual([0, 3600]);
    expect(mock.requests.at(-1)?.search).toBe('sortBy=ttl&sortOrder=desc&currentPage=1&pageSize=25');
    expect(await client.uploadTokens.get(hour.token)).toEqual(hour);
    await client.uploadTokens.delete(hour.token);
    await expect(client.uploadTokens.get(hour.token)).rejects.toSatisfy(NotFoundError.isInstance);
    await expect(client.uploadTokens.create({ ttl: -1 })).rejects.toSatisfy(ConfigurationError.isInstance);
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(2);
  });
});

describe('client.captions and client.chapters', () => {
  const { mock, clock } = useApiVideoMock();

  it('uploads, lists, gets, sets the default and deletes caption tracks', async () => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Captioned' });
    const english = await client.captions.upload(videoId, 'en', vtt, { fileName: 'en.vtt' });
    expect(english).toMatchObject({ uri: `/videos/${videoId}/captions/en`, srclang: 'en', languageName: 'English', default: false });
    expect(mock.requests.at(-1)).toMatchObject({ bucket: 'write', files: { file: { size: vtt.byteLength } } });
    await client.captions.upload(videoId, 'fr', new Blob([vtt as Uint8Array<ArrayBuffer>]));
    const french = await client.captions.update(videoId, 'fr', { default: true });
    expect(french.default).toBe(true);
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/videos/${videoId}/captions/fr` });
    expect(await client.captions.get(videoId, 'fr')).toEqual(french);
    expect((await collect(client.captions.list(videoId))).map((caption) => caption.srclang)).toEqual(['en', 'fr']);
    expect((await client.captions.list(videoId, { pageSize: 1 })).pagination.pagesTotal).toBe(2);
    await client.captions.delete(videoId, 'en');
    await expect(client.captions.get(videoId, 'en')).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('refuses a non-WebVTT file and a malformed language before sending', async () => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Captioned' });
    const before = mock.requests.length;
    await expect(client.captions.upload(videoId, 'en', new TextEncoder().encode('1\n00:00:00,000 --> 00:00:01,000\nSRT'))).rejects.toThrow(
      /expected a VTT file/,
    );
    await expect(client.captions.get(videoId, 'english!')).rejects.toThrow(/BCP 47/);
    await expect(client.captions.update(videoId, 'en', { default: 'yes' } as never)).rejects.toThrow(/true or false/);
    expect(mock.requests.length).toBe(before);
  });

  it('uploads, lists, gets and deletes chapter tracks', async () => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Chaptered' });
    const chapter = await client.chapters.upload(videoId, 'en', vtt);
    expect(chapter).toMatchObject({ language: 'en', uri: `/videos/${videoId}/chapters/en` });
    expect(await client.chapters.get(videoId, 'en')).toEqual(chapter);
    expect(await collect(client.chapters.list(videoId))).toEqual([chapter]);
    expect((await client.chapters.list(videoId)).data).toHaveLength(1);
    await client.chapters.delete(videoId, 'en');
    expect(await collect(client.chapters.list(videoId))).toEqual([]);
  });
});

describe('client.tags', () => {
  const { mock, clock } = useApiVideoMock();

  it('lists tags with the sort and value filter on the wire (the mock answers the spec example)', async () => {
    const client = createTestClient(clock);
    expect(await collect(client.tags.list({ sortBy: 'videoCount', sortOrder: 'desc' }))).toEqual([
      { value: 'maths', videoCount: 12 },
      { value: 'string theory', videoCount: 3 },
    ]);
    expect(mock.requests.at(-1)?.search).toBe('sortBy=videoCount&sortOrder=desc&currentPage=1&pageSize=25');
    await client.tags.list({ value: 'vid' });
    expect(mock.requests.at(-1)?.search).toBe('value=vid&currentPage=1&pageSize=25');
  });
});

describe('client.summaries', () => {
  const { mock, clock } = useApiVideoMock();

  it('creates an auto summary, reads and edits its source, lists and deletes it', async () => {
    const client = createTestClient(clock);
    const { videoId } = await client.videos.create({ title: 'Lecture' });
    const summary = await client.summaries.create({ videoId, origin: 'auto', attributes: ['abstract', 'takeaways'] });
    expect(summary).toMatchObject({ videoId, origin: 'auto', sourceStatus: 'waiting' });
    // The source is the spec's example.
    expect((await client.summaries.getSource(summary.summaryId!)).title).toBe('A short lecture on string theory');
    const edited = await client.summaries.updateSource(summary.summaryId!, { takeaways: ['Only one'] });
    expect(edited.abstract).toBe('An onboarding walkthrough of the dashboard for new team members.');
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/summaries/${summary.summaryId}/source`, status: 200 });
    expect((await collect(client.summaries.list({ videoId, sourceStatus: 'completed' }))).map((item) => item.summaryId)).toEqual([
      summary.summaryId,
    ]);
    expect(mock.requests.at(-1)?.search).toBe(`videoId=${videoId}&sourceStatus=completed&currentPage=1&pageSize=25`);
    await client.summaries.delete(summary.summaryId!);
    await expect(client.summaries.getSource(summary.summaryId!)).rejects.toSatisfy(NotFoundError.isInstance);
    await expect(client.summaries.create({ videoId, attributes: ['keywords' as never] })).rejects.toSatisfy(ConfigurationError.isInstance);
  });
});

describe('client.watermarks', () => {
  const { mock, clock } = useApiVideoMock();

  it('uploads, lists, uses and deletes a watermark', async () => {
    const client = createTestClient(clock);
    const watermark = await client.watermarks.upload(png);
    expect(watermark.watermarkId).toMatch(/^watermark_/);
    expect(mock.requests.at(-1)?.bucket).toBe('write');
    expect((await collect(client.watermarks.list())).map((item) => item.watermarkId)).toEqual([watermark.watermarkId]);
    expect((await client.watermarks.list({ sortBy: 'createdAt' })).data).toHaveLength(1);
    const video = await client.videos.create({ title: 'Marked', watermark: { id: watermark.watermarkId!, top: '10px', opacity: '70%' } });
    expect(video.videoId).toMatch(/^vi/);
    await client.watermarks.delete(watermark.watermarkId!);
    expect(await collect(client.watermarks.list())).toEqual([]);
    await expect(client.watermarks.upload(new Uint8Array([0x47, 0x49, 0x46, 0x38]))).rejects.toThrow(/JPG, PNG/);
  });
});

describe('client.liveStreams', () => {
  const { mock, clock } = useApiVideoMock();

  it('creates, lists, updates, sets and removes a thumbnail, completes and deletes a live stream', async () => {
    const client = createTestClient(clock);
    const stream = await client.liveStreams.create({
      name: 'Town hall',
      public: false,
      restreams: [{ name: 'YouTube', serverUrl: 'rtmp://a.rtmp.youtube.com/live2', streamKey: 'abc' }],
    });
    expect(stream).toMatchObject({ name: 'Town hall', public: false, broadcasting: false });
    expect(stream.streamKey).toBeTruthy();
    expect(await client.liveStreams.get(stream.liveStreamId)).toEqual(stream);
    expect((await collect(client.liveStreams.list({ name: 'Town hall' }))).length).toBe(1);
    expect(mock.requests.at(-1)?.search).toBe('name=Town%20hall&currentPage=1&pageSize=25');
    expect((await client.liveStreams.update(stream.liveStreamId, { name: 'All hands' })).name).toBe('All hands');
    expect((await client.liveStreams.uploadThumbnail(stream.liveStreamId, png)).assets?.thumbnail).toBeTruthy();
    expect((await client.liveStreams.deleteThumbnail(stream.liveStreamId)).assets?.thumbnail).toBeUndefined();
    await client.liveStreams.complete(stream.liveStreamId);
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PUT', status: 202 });
    await client.liveStreams.delete(stream.liveStreamId);
    await expect(client.liveStreams.get(stream.liveStreamId)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('refuses more than five restreams before sending', async () => {
    const client = createTestClient(clock);
    const restream = { name: 'x', serverUrl: 'rtmp://x', streamKey: 'k' };
    await expect(client.liveStreams.create({ name: 'Big', restreams: Array.from({ length: 6 }, () => restream) })).rejects.toThrow(
      /at most 5/,
    );
    expect(mock.requests).toHaveLength(0);
  });
});

describe('client.players', () => {
  const { clock } = useApiVideoMock();

  it('creates, lists, updates, sets a logo, removes it and deletes a player theme', async () => {
    const client = createTestClient(clock);
    const player = await client.players.create({ name: 'Brand', link: '#ff0000', hideTitle: true });
    expect(player).toMatchObject({ name: 'Brand', hideTitle: true, enableControls: true });
    expect(await client.players.get(player.playerId)).toEqual(player);
    expect((await collect(client.players.list({ sortBy: 'name' }))).length).toBe(1);
    expect((await client.players.list()).data).toHaveLength(1);
    expect((await client.players.update(player.playerId, { forceLoop: true })).forceLoop).toBe(true);
    const withLogo = await client.players.uploadLogo(player.playerId, png, { link: 'https://example.com' });
    expect(withLogo.assets).toMatchObject({ link: 'https://example.com' });
    await client.players.deleteLogo(player.playerId);
    expect((await client.players.get(player.playerId)).assets).toBeUndefined();
    const video = await client.videos.create({ title: 'Branded', playerId: player.playerId });
    expect(video.playerId).toBe(player.playerId);
    await client.players.delete(player.playerId);
    await expect(client.players.get(player.playerId)).rejects.toSatisfy(NotFoundError.isInstance);
    await expect(client.players.uploadLogo(player.playerId, png, { link: 'not a url' })).rejects.toThrow(/absolute URL/);
  });
});

describe('client.analytics', () => {
  const { mock, clock } = useApiVideoMock();
  const lastSearch = () => mock.requests.at(-1)?.search;

  it('sends the metric, breakdown and time-series queries (the mock answers the spec examples)', async () => {
    const client = createTestClient(clock);
    const metric = await client.analytics.getMetric('play', 'total', { filterBy: { mediaId: ['vi1'], mediaType: 'video' }, unique: true });
    expect(metric).toMatchObject({ context: { metric: 'play', aggregation: 'count' }, data: 356 });
    expect(lastSearch()).toBe('filterBy[mediaId][]=vi1&filterBy[mediaType]=video&unique=true');
    const countries = await collect(
      client.analytics.breakdown('play', 'country', { pageSize: 2, sortBy: 'dimensionValue', sortOrder: 'asc' }),
    );
    expect(countries.map((row) => row.dimensionValue)).toEqual(['FR', 'US']);
    expect(lastSearch()).toBe('sortBy=dimensionValue&sortOrder=asc&currentPage=1&pageSize=2');
    const series = await client.analytics.timeseries('play', {
      from: '2026-01-15T00:00:00+00:00',
      to: '2026-01-15T06:00:00+00:00',
      interval: 'hour',
    });
    expect(series.context.interval).toBe('hour');
    expect(series.data.map((point) => point.metricValue)).toEqual([12, 8, 15]);
    expect(lastSearch()).toBe(
      'from=2026-01-15T00%3A00%3A00%2B00%3A00&to=2026-01-15T06%3A00%3A00%2B00%3A00&interval=hour&currentPage=1&pageSize=25',
    );
    await expect(client.analytics.getMetric('play', 'median' as never)).rejects.toThrow(/aggregation must be one of/);
    await expect(client.analytics.breakdown('play', 'country', { from: 'yesterday' })).rejects.toThrow(/RFC 3339/);
  });
});
