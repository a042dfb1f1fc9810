import { baseContentType, ConfigurationError, contentTypeFromName, isAudioOrVideoType, type SourceInfo } from '@conduit/core';

/** Content types Scriptix transcribes: any audio or video type, plus MXF and unlabelled bytes. */
function isScriptixMediaType(type: string): boolean {
  const base = baseContentType(type);
  return isAudioOrVideoType(base) || base === 'application/mxf' || base === 'application/octet-stream';
}

/**
 * The media content type of an upload: the caller's, else the source's, else the one core's table
 * gives the file extension. Refuses, before any request, a type Scriptix does not transcribe.
 */
export function resolveMediaType(info: SourceInfo, given: string | undefined): string | undefined {
  const type = given ?? info.type ?? contentTypeFromName(info.name);
  if (type !== undefined && !isScriptixMediaType(type)) {
    throw new ConfigurationError(
      `Scriptix transcribes audio or video, but the upload${info.name ? ` "${info.name}"` : ''} is ${type}. Pass an audio/video file or set \`contentType\`.`,
    );
  }
  return type;
}
