import { ConfigurationError } from '@conduit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeApiVideoQuery } from '../src/index.js';
import { collect, createTestClient, useApiVideoMock } from './helpers.js';

describe('serializeApiVideoQuery', () => {
  it('repeats tags[] and deep-encodes metadata and nested filters', () => {
    expect(
      serializeApiVideoQuery({
        title: 'Maths & physics',
        'tags[]': ['maths', 'string theory'],
        metadata: { Author: 'John Doe', 'Level[1]': 'A&B' },
        currentPage: 2,
        unique: true,
        skipped: undefined,
        empty: [],
      }),
    ).toBe(
      'title=Maths%20%26%20physics&tags[]=maths&tags[]=string%20theory&metadata[Author]=John%20Doe&metadata[Level%5B1%5D]=A%26B&currentPage=2&unique=true',
    );
    expect(serializeApiVideoQuery({ filterBy: { country: ['FR', 'US'], deviceType: ['phone'], tag: 'Cool videos' } })).toBe(
      'filterBy[country][]=FR&filterBy[country][]=US&filterBy[deviceType][]=phone&filterBy[tag]=Cool%20videos',
    );
  });

  it('round-trips any metadata through URLSearchParams', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), fc.array(fc.string()), (metadata, tags) => {
        const params = new URLSearchParams(serializeApiVideoQuery({ 'tags[]': tags, metadata }));
        expect(params.getAll('tags[]')).toEqual(tags);
        for (const [key, value] of Object.entries(metadata)) {
          expect(params.get(`metadata[${key}]`)).toBe(value);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('query strings on the wire', () => {
  const { mock, clock } = useApiVideoMock();
  const lastSearch = () => mock.requests.at(-1)?.search;

  it('videos.list sends tags[] repeated and metadata[key]=value (filtering is left to the API)', async () => {
    const client = createTestClient(clock);
    const page = await client.videos.list({
      tags: ['maths', 'video'],
      metadata: { Author: 'John Doe' },
      sortBy: 'title',
      sortOrder: 'asc',
      pageSize: 10,
    });
    expect(lastSearch()).toBe('tags[]=maths&tags[]=video&metadata[Author]=John%20Doe&sortBy=title&sortOrder=asc&currentPage=1&pageSize=10');
    expect(page.pagination).toMatchObject({ currentPage: 1, pageSize: 10 });
  });

  it('analytics send filterBy[...] deepObject with [] for lists', async () => {
    const client = createTestClient(clock);
    await client.analytics.breakdown('play', 'country', {
      from: new Date(Date.UTC(2026, 0, 1)),
      to: '2026-01-02T00:00:00+01:00',
      filterBy: { country: ['FR'], deviceType: ['phone', 'tablet'], tag: 'Cool videos' },
      sortBy: 'metricValue',
    });
    expect(lastSearch()).toBe(
      'from=2026-01-01T00%3A00%3A00.000Z&to=2026-01-02T00%3A00%3A00%2B01%3A00&filterBy[country][]=FR&filterBy[deviceType][]=phone&filterBy[deviceType][]=tablet&filterBy[tag]=Cool%20videos&sortBy=metricValue&currentPage=1&pageSize=25',
    );
  });

  it('iterating sends currentPage/pageSize for each page and stops at pagesTotal', async () => {
    const client = createTestClient(clock);
    for (let index = 0; index < 5; index++) {
      await client.videos.create({ title: `Video ${index}`, tags: ['paged'] });
    }
    const before = mock.requests.length;
    const titles = (await collect(client.videos.list({ tags: ['paged'], pageSize: 2 }))).map((video) => video.title);
    expect(titles).toEqual(['Video 4', 'Video 3', 'Video 2', 'Video 1', 'Video 0']);
    expect(mock.requests.slice(before).map((request) => request.search)).toEqual([
      'tags[]=paged&currentPage=1&pageSize=2',
      'tags[]=paged&currentPage=2&pageSize=2',
      'tags[]=paged&currentPage=3&pageSize=2',
    ]);
  });

  it('refuses bad filters before any request', async () => {
    const client = createTestClient(clock);
    await expect(client.videos.list({ tags: 'maths' as never })).rejects.toThrow(ConfigurationError);
    await expect(collect(client.videos.list({ pageSize: 101 }))).rejects.toThrow(/pageSize must be a whole number from 1 to 100/);
    await expect(client.videos.list({ maxItems: -1 })).rejects.toThrow(/maxItems must be a whole number/);
    await expect(client.videos.list({ sortBy: 'views' as never })).rejects.toThrow(/sortBy must be one of/);
    await expect(client.analytics.getMetric('play', 'count', { filterBy: { mediaId: ['vi1'] } })).rejects.toThrow(/mediaId and mediaType/);
    expect(mock.requests).toHaveLength(0);
  });
});
