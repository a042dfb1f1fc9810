import { ConfigurationError } from '@conduit/core';

/** A non-empty video ID, or a `ConfigurationError` saying what to pass. */
export function requireVideoId(videoId: unknown, label: string): string {
  if (typeof videoId !== 'string' || videoId.trim() === '') {
    throw new ConfigurationError(`${label}: pass the video's public ID (e.g. \`pubvid_AbCdEf\`) as the first argument.`);
  }
  return videoId;
}
