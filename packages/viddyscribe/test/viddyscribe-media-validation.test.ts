import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, type MediaUploadOptions, type MediaUploadSource } from '../src/index.js';
import { createTestClient, smallVideo, useViddyScribeMock } from './viddyscribe-harness.js';

const { requests } = useViddyScribeMock();

const folder = mkdtempSync(join(tmpdir(), 'viddyscribe-'));
const textFile = join(folder, 'notes.txt');
writeFileSync(textFile, 'not a video');

const refused: Array<[string, MediaUploadSource, MediaUploadOptions | undefined, RegExp]> = [
  ['a .txt file path', textFile, undefined, /\.txt, which is not a video or audio type/],
  ['a missing file path', join(folder, 'missing.mp4'), undefined, /cannot be read: ENOENT/],
  ['a PNG Blob', new Blob([smallVideo], { type: 'image/png' }), undefined, /image\/png, not video or audio/],
  ['bytes with no name or type', smallVideo, undefined, /cannot tell the media type/],
  ['a stream with no type', new ReadableStream<Uint8Array>(), undefined, /cannot tell the media type/],
  ['a non-media contentType', smallVideo, { contentType: 'application/pdf' }, /`contentType` must be a video\/\* or audio\/\* type/],
  ['a PDF URL', 'https://example.com/slides.pdf', undefined, /looks like a \.pdf file/],
  ['an ftp URL', 'ftp://example.com/video.mp4', undefined, /only http\(s\) URLs/],
  ['a strategy for a URL', 'https://example.com/video.mp4', { strategy: 'direct' }, /applies to local sources/],
  ['direct for more than 32 MB', new Blob([new Uint8Array(32_000_001)], { type: 'video/mp4' }), { strategy: 'direct' }, /known size up to/],
  [
    'an unknown strategy',
    smallVideo,
    { filename: 'a.mp4', strategy: 'chunked' as never },
    /`strategy` must be one of auto, direct, signed-url/,
  ],
  [
    'an unknown option',
    smallVideo,
    { filename: 'a.mp4', contentTyp: 'video/mp4' } as never,
    /unknown option `contentTyp`. Did you mean `contentType`/,
  ],
  ['a negative interval', smallVideo, { filename: 'a.mp4', interval: -5 }, /`interval` must be a number of milliseconds/],
  ['an empty filename', smallVideo, { filename: '' }, /`filename` must be a non-empty string/],
  ['a non-function onProgress', smallVideo, { filename: 'a.mp4', onProgress: 'log' as never }, /`onProgress` must be a function/],
  ['a number as source', 42 as never, undefined, /Upload source must be a file path/],
];

describe('media.upload refuses bad input before any request', () => {
  it.each(refused)('refuses %s', async (_name, source, options, message) => {
    const { client } = createTestClient();
    const error = await client.media.upload(source, options).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(requests).toEqual([]);
  });

  it('accepts audio as well as video', async () => {
    const { client } = createTestClient();
    await expect(client.media.upload(smallVideo, { filename: 'narration.wav' })).resolves.toMatchObject({ status: 'created' });
  });
});

describe('media.uploadStatus / waitForUpload refuse bad ids before any request', () => {
  it('needs a UUID media id and a gcs path', async () => {
    const { client } = createTestClient();
    await expect(client.media.uploadStatus('media-1', 'users/u/videos/a.mp4')).rejects.toThrow(/media id is the UUID/);
    await expect(client.media.waitForUpload('550e8400-e29b-41d4-a716-446655440000', undefined as never)).rejects.toThrow(/`gcsPath`/);
    expect(requests).toEqual([]);
  });
});
