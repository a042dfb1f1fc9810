/** Content types of the common video and audio extensions: the one table every provider reads. */
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
  mxf: 'application/mxf',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  aif: 'audio/aiff',
  aiff: 'audio/aiff',
  amr: 'audio/amr',
  flac: 'audio/flac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  weba: 'audio/webm',
  wma: 'audio/x-ms-wma',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  json: 'application/json',
  pdf: 'application/pdf',
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
  txt: 'text/plain',
  zip: 'application/zip',
};

/** The lower-case extension of a file name or URL path, without the dot. */
export function extensionOf(name: string | undefined): string | undefined {
  const match = name === undefined ? null : /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match?.[1]?.toLowerCase();
}

/** The content type of a file name or URL path, from its extension (`undefined` when unknown). */
export function contentTypeFromName(name: string | undefined): string | undefined {
  const extension = extensionOf(name);
  return extension === undefined ? undefined : typeByExtension[extension];
}

/** An extension for a content type (parameters ignored), for naming sources that have no name. */
export function extensionForType(type: string): string | undefined {
  const base = type.split(';')[0]?.trim().toLowerCase();
  return Object.keys(typeByExtension).find((extension) => typeByExtension[extension] === base);
}

/** The `type/subtype` of a content type, lower-cased, without parameters. */
export function baseContentType(type: string): string {
  return (type.split(';')[0] ?? '').trim().toLowerCase();
}

/** True for `video/*` and `audio/*` content types (parameters allowed). */
export function isAudioOrVideoType(type: string | undefined): type is string {
  return type !== undefined && /^(video|audio)\/[A-Za-z0-9.+-]+(\s*;.*)?$/i.test(type.trim());
}
