/** Content types of the common video and audio extensions. */
const typeByExtension: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  m4v: 'video/x-m4v',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  avi: 'video/x-msvideo',
  wmv: 'video/x-ms-wmv',
  flv: 'video/x-flv',
  mpeg: 'video/mpeg',
  mpg: 'video/mpeg',
  '3gp': 'video/3gpp',
  ts: 'video/mp2t',
  mts: 'video/mp2t',
  m2ts: 'video/mp2t',
  ogv: 'video/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  flac: 'audio/flac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
};

/** The lower-case extension of a file name or URL path, without the dot. */
export function extensionOf(name: string | undefined): string | undefined {
  const match = name === undefined ? null : /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match?.[1]?.toLowerCase();
}

/** The content type of a video/audio file name, from its extension. */
export function mediaTypeFromName(name: string | undefined): string | undefined {
  const extension = extensionOf(name);
  return extension === undefined ? undefined : typeByExtension[extension];
}

/** An extension for a content type, for naming sources that have no name. */
export function extensionForType(type: string): string | undefined {
  const base = type.split(';')[0]?.trim().toLowerCase();
  return Object.keys(typeByExtension).find((extension) => typeByExtension[extension] === base);
}

/** True for `video/*` and `audio/*` content types (parameters allowed). */
export function isMediaType(type: string | undefined): type is string {
  return type !== undefined && /^(video|audio)\/[A-Za-z0-9.+-]+(\s*;.*)?$/i.test(type.trim());
}
