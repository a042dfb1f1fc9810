import { describe, expect, it } from 'vitest';
import {
  baseContentType,
  contentTypeFromName,
  extensionForType,
  extensionOf,
  isAudioOrVideoType,
} from '../../src/content-types/media-types.js';

describe('media types', () => {
  it.each([
    ['clip.MP4', 'video/mp4'],
    ['clip.m4v', 'video/x-m4v'],
    ['a/b/talk.mov', 'video/quicktime'],
    ['voice.m4a', 'audio/mp4'],
    ['take.wav', 'audio/wav'],
    ['deck.mxf', 'application/mxf'],
    ['notes.vtt', 'text/vtt'],
    ['logo.png', 'image/png'],
    ['archive.unknownext', undefined],
    ['no-extension', undefined],
    [undefined, undefined],
  ])('%s is %s', (name, type) => {
    expect(contentTypeFromName(name)).toBe(type);
  });

  it('reads extensions and reverses the table', () => {
    expect(extensionOf('https://x.test/a/b.WEBM')).toBe('webm');
    expect(extensionOf('file.')).toBeUndefined();
    expect(extensionForType('video/quicktime; codecs=x')).toBe('mov');
    expect(extensionForType('application/x-nothing')).toBeUndefined();
  });

  it('recognises audio and video types only', () => {
    expect(isAudioOrVideoType('video/mp4')).toBe(true);
    expect(isAudioOrVideoType('Audio/Mpeg; rate=44100')).toBe(true);
    expect(isAudioOrVideoType('image/png')).toBe(false);
    expect(isAudioOrVideoType(undefined)).toBe(false);
    expect(baseContentType(' Video/MP4 ; codecs="avc1" ')).toBe('video/mp4');
  });
});
