import { APITimeoutError, BadRequestError, ConfigurationError, NotFoundError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { collect, createTestClient, MiB, patternBytes, png, useApiVideoMock } from './helpers.js';

describe('client.videos', () => {
  const { mock, clock } = useApiVideoMock({ videoRestore: true, encodingPolls: 2 });

  it('creates, reads, updates and deletes a video', async () => {
    const client = createTestClient(clock);
    const created = await client.videos.create({
      title: 'Maths video',
      description: 'String theory',
      tags: ['maths'],
      metadata: [{ key: 'Author', value: 'John Doe' }],
      language: 'en',
    });
    expect(created).toMatchObject({ title: 'Maths video', tags: ['maths'], language: 'en', languageOrigin: 'api', public: true });
    expect(mock.requests.at(-1)?.status).toBe(201);
    expect(await client.videos.get(created.videoId)).toMatchObject({ videoId: created.videoId, description: 'String theory' });
    const updated = await client.videos.update(created.videoId, {
      title: 'String theory explained',
      tags: ['maths', 'physics'],
      playerId: null,
    });
    expect(updated).toMatchObject({ title: 'String theory explained', tags: ['maths', 'physics'] });
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PATCH', bucket: 'write' });
    await client.videos.delete(created.videoId);
    await expect(client.videos.get(created.videoId)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('imports a source URL (202 Accepted is success too)', async () => {
    const client = createTestClient(clock);
    const imported = await client.videos.create({ title: 'Imported', source: 'https://example.com/keynote.mp4' });
    expect(mock.requests.at(-1)?.status).toBe(202);
    expect(imported.source?.type).toBe('url');
  });

  it('surfaces every failing attribute of a 400 in details.problems', async () => {
    const client = createTestClient(clock);
    const error = (await client.videos.create({ tags: 'x' } as never).catch((caught: unknown) => caught)) as BadRequestError;
    expect(BadRequestError.isInstance(error)).toBe(true);
    expect(error.code).toBe('https://docs.api.video/reference/attribute-required');
    expect((error.details as { problems: Array<{ name: string }> }).problems.map((problem) => problem.name)).toEqual(['title', 'tags']);
  });

  it('lists page by page and as one page with its pagination', async () => {
    const client = createTestClient(clock);
    for (let index = 0; index < 3; index++) {
      await client.videos.create({ title: `Clip ${index}` });
    }
    const page = await client.videos.list({ pageSize: 2, currentPage: 2 });
    expect(page.pagination).toMatchObject({ currentPage: 2, pageSize: 2, pagesTotal: 2, itemsTotal: 3, currentPageItems: 1 });
    expect(page.pagination.links.map((link) => link.rel)).toEqual(['self', 'first', 'previous', 'last']);
    expect((await collect(client.videos.list({ maxItems: 2, pageSize: 10 }))).map((video) => video.title)).toEqual(['Clip 2', 'Clip 1']);
  });

  it('discards on delete (Video Restore), lists, gets and restores discarded videos', async () => {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Old onboarding' });
    await client.videos.delete(video.videoId);
    expect((await client.videos.listDiscarded()).data.map((item) => item.videoId)).toEqual([video.videoId]);
    expect(await collect(client.videos.list())).toEqual([]);
    const discarded = await client.videos.getDiscarded(video.videoId);
    expect(discarded).toMatchObject({ discarded: true });
    expect(discarded.deletesAt).toBeTruthy();
    expect((await collect(client.videos.listDiscarded({ title: 'onboard' }))).length).toBe(1);
    const restored = await client.videos.restoreDiscarded(video.videoId);
    expect(restored).toMatchObject({ discarded: false, discardedAt: null });
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/discarded/videos/${video.videoId}`, status: 200 });
    await expect(client.videos.getDiscarded(video.videoId)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('uploads a thumbnail image in the upload bucket and picks one by timecode', async () => {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Thumbs' });
    const withThumbnail = await client.videos.uploadThumbnail(video.videoId, png, { fileName: 'cover.png' });
    expect(withThumbnail.videoId).toBe(video.videoId);
    expect(mock.requests.at(-1)).toMatchObject({ bucket: 'upload', files: { file: { size: png.byteLength } }, status: 200 });
    const picked = await client.videos.pickThumbnail(video.videoId, '00:01:00.000');
    expect(picked.videoId).toBe(video.videoId);
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/videos/${video.videoId}/thumbnail`, bucket: 'write' });
  });

  it('refuses a thumbnail that is not an image, or too large, and a malformed timecode, before sending', async () => {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Thumbs' });
    const before = mock.requests.length;
    await expect(client.videos.uploadThumbnail(video.videoId, new TextEncoder().encode('hello'))).rejects.toThrow(
      /expected a JPG, PNG, WEBP file/,
    );
    const huge = new Uint8Array(9 * MiB);
    huge.set(png.subarray(0, 16));
    await expect(client.videos.uploadThumbnail(video.videoId, huge)).rejects.toThrow(/at most 8388608 bytes/);
    await expect(client.videos.pickThumbnail(video.videoId, '1 minute')).rejects.toSatisfy(ConfigurationError.isInstance);
    expect(mock.requests.length).toBe(before);
  });

  it('reports upload progress in the status and waits until playable', async () => {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Encoding' });
    expect((await client.videos.getStatus(video.videoId)).encoding?.playable).toBe(false);
    await client.videos.upload(video.videoId, patternBytes(MiB));
    const seen: boolean[] = [];
    const status = await client.videos.waitUntilPlayable(video.videoId, {
      interval: 1000,
      onProgress: (value) => seen.push(value.encoding?.playable ?? false),
    });
    expect(status.encoding?.playable).toBe(true);
    expect(status.encoding?.qualities?.every((quality) => quality.status === 'encoded')).toBe(true);
    expect(seen).toEqual([false, false, true]);
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('waitUntilPlayable gives up after its timeout', async () => {
    const client = createTestClient(clock);
    const video = await client.videos.create({ title: 'Never uploaded' });
    await expect(client.videos.waitUntilPlayable(video.videoId, { interval: 1000, timeout: 2500 })).rejects.toSatisfy(
      APITimeoutError.isInstance,
    );
  });
});
