import type { HesedVidContentType } from './hesedvid-types.js';

/** The five containers HesedVid accepts, by MIME type (a fact of HesedVid's API, not core's table). */
export const hesedvidContentTypes: readonly HesedVidContentType[] = [
  'video/mp4',
  'video/quicktime',
  'video/x-msvideo',
  'video/webm',
  'video/x-matroska',
];

/** Largest file HesedVid accepts: 5 GB. */
export const maxHesedVidFileSize = 5_368_709_120;

/** True for one of the five content types HesedVid accepts, written exactly as the spec does. */
export function isHesedVidContentType(value: string | undefined): value is HesedVidContentType {
  return value !== undefined && (hesedvidContentTypes as readonly string[]).includes(value);
}
