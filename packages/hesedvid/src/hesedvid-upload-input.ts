import { ConfigurationError, contentTypeFromName, describeSource, type UploadSource } from '@conduit/core';
import { hesedvidContentTypes, isHesedVidContentType, maxHesedVidFileSize } from './hesedvid-content-types.js';
import type { HesedVidContentType } from './hesedvid-types.js';

/** The checked facts about an upload's file, read before any request. */
export interface UploadFile {
  fileName: string;
  contentType: HesedVidContentType;
  size: number;
}

const accepted = `HesedVid accepts mp4, mov, avi, webm and mkv (${hesedvidContentTypes.join(', ')})`;

function pickContentType(given: string | undefined, sourceType: string | undefined, fileName: string, label: string): HesedVidContentType {
  if (given !== undefined) {
    if (!isHesedVidContentType(given)) {
      throw new ConfigurationError(`${label}: \`contentType\` "${given}" is not a video type HesedVid takes. ${accepted}.`);
    }
    return given;
  }
  if (isHesedVidContentType(sourceType)) {
    return sourceType;
  }
  if (sourceType !== undefined && sourceType !== '' && sourceType !== 'application/octet-stream') {
    throw new ConfigurationError(`${label}: the file is "${sourceType}", not a video type HesedVid takes. ${accepted}.`);
  }
  const fromExtension = contentTypeFromName(fileName);
  if (fromExtension === undefined) {
    throw new ConfigurationError(
      `${label}: cannot tell the video type of "${fileName}". ${accepted}; pass \`contentType\` or use one of those extensions.`,
    );
  }
  if (!isHesedVidContentType(fromExtension)) {
    throw new ConfigurationError(`${label}: "${fileName}" is ${fromExtension}, not a video type HesedVid takes. ${accepted}.`);
  }
  return fromExtension;
}

function pickSize(known: number | undefined, given: number | undefined, label: string): number {
  if (known !== undefined && given !== undefined && known !== given) {
    throw new ConfigurationError(`${label}: \`fileSize\` (${given}) differs from the source's size (${known} bytes); omit \`fileSize\`.`);
  }
  const size = known ?? given;
  if (size === undefined) {
    throw new ConfigurationError(`${label}: a stream has no known size. Pass \`fileSize\` in bytes (HesedVid needs it up front).`);
  }
  if (size === 0) {
    throw new ConfigurationError(`${label}: the file is empty (0 bytes).`);
  }
  if (size > maxHesedVidFileSize) {
    throw new ConfigurationError(
      `${label}: the file is ${size} bytes; HesedVid takes at most 5 GB (${maxHesedVidFileSize} bytes) per video.`,
    );
  }
  return size;
}

/** Reads name, type and size of an upload source (no bytes, no request) and checks them against HesedVid's rules. */
export async function describeUploadFile(
  source: UploadSource,
  given: { fileName: string | undefined; contentType: string | undefined; fileSize: number | undefined },
  label: string,
): Promise<UploadFile> {
  const info = await describeSource(source);
  const fileName = given.fileName ?? info.name;
  if (fileName === undefined || fileName === '') {
    throw new ConfigurationError(`${label}: this source has no file name. Pass \`fileName\` with its extension (e.g. "demo.mp4").`);
  }
  const contentType = pickContentType(given.contentType, info.type, fileName, label);
  return { fileName, contentType, size: pickSize(info.size, given.fileSize, label) };
}
