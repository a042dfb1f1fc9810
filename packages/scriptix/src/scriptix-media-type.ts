import { ConfigurationError, type SourceInfo } from '@conduit/core';

const byExtension: Record<string, string> = {
  aac: 'audio/aac',
  aif: 'audio/aiff',
  aiff: 'audio/aiff',
  amr: 'audio/amr',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
  weba: 'audio/webm',
  wma: 'audio/x-ms-wma',
  avi: 'video/x-msvideo',
  m4v: 'video/mp4',
  mkv: 'video/x-matroska',
  mov: 'video/quicktime',
  mp4: 'video/mp4',
  mpeg: 'video/mpeg',
  mpg: 'video/mpeg',
  mxf: 'application/mxf',
  webm: 'video/webm',
  wmv: 'video/x-ms-wmv',
};

const notMediaExtensions: Record<string, string> = {
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  srt: 'application/x-subrip',
  txt: 'text/plain',
  vtt: 'text/vtt',
  zip: 'application/zip',
};

/** Content types Scriptix can transcribe: any audio or video type, plus MXF and unlabelled bytes. */
function isMediaType(type: string): boolean {
  return /^(audio|video)\//.test(type) || type === 'application/mxf' || type === 'application/octet-stream';
}

/**
 * The media content type of an upload: the caller's, else the source's, else one guessed from the
 * file extension. Refuses, before any request, a type that is neither audio nor video.
 */
export function resolveMediaType(info: SourceInfo, given: string | undefined): string | undefined {
  const extension = info.name?.split('.').pop()?.toLowerCase();
  const type = given ?? info.type ?? (extension ? (byExtension[extension] ?? notMediaExtensions[extension]) : undefined);
  if (type !== undefined && !isMediaType(type.split(';')[0]?.trim().toLowerCase() ?? '')) {
    throw new ConfigurationError(
      `Scriptix transcribes audio or video, but the upload${info.name ? ` "${info.name}"` : ''} is ${type}. Pass an audio/video file or set \`contentType\`.`,
    );
  }
  return type;
}
