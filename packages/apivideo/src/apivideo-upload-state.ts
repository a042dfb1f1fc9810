import { ConfigurationError } from '@conduit/core';

/**
 * Where a chunked upload stands, JSON-serialisable: store it (a file, localStorage, a database)
 * and pass it back as `{ resume: state }` to continue where the upload stopped.
 */
export interface ApiVideoUploadState {
  /** `video` for `videos.upload` (API key), `token` for `uploadWithToken` (delegated). */
  kind: 'video' | 'token';
  /** The video receiving the chunks; `null` for a delegated upload before its first chunk. */
  videoId: string | null;
  /** Bytes the API has acknowledged: the next chunk starts here. */
  offset: number;
  /** Total size in bytes, or `null` while a stream's size is unknown. */
  total: number | null;
  /** Chunk size the upload was started with, in bytes. */
  chunkSize: number;
  /** Chunks acknowledged so far. */
  chunksSent: number;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Checks a `resume` state against the upload it is handed to; a `ConfigurationError` says what does not match. */
export function checkResumeState(
  state: unknown,
  expected: { kind: 'video' | 'token'; videoId: string | undefined; size: number | undefined; label: string },
): ApiVideoUploadState {
  const { label } = expected;
  const candidate = state as Partial<ApiVideoUploadState> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    (candidate.kind !== 'video' && candidate.kind !== 'token') ||
    !(candidate.videoId === null || typeof candidate.videoId === 'string') ||
    !isCount(candidate.offset) ||
    !(candidate.total === null || isCount(candidate.total)) ||
    !isCount(candidate.chunkSize) ||
    !isCount(candidate.chunksSent)
  ) {
    throw new ConfigurationError(
      `${label}: \`resume\` is not an upload state; pass the \`state\` from onProgress or from ApiVideoUploadError.`,
    );
  }
  const resumed = candidate as ApiVideoUploadState;
  if (resumed.kind !== expected.kind) {
    throw new ConfigurationError(
      `${label}: \`resume\` comes from a ${resumed.kind === 'token' ? 'delegated (token)' : 'video'} upload, not this kind.`,
    );
  }
  if (expected.videoId !== undefined && resumed.videoId !== null && resumed.videoId !== expected.videoId) {
    throw new ConfigurationError(`${label}: \`resume\` belongs to video ${resumed.videoId}, not ${expected.videoId}.`);
  }
  if (expected.size !== undefined && resumed.total !== null && resumed.total !== expected.size) {
    throw new ConfigurationError(
      `${label}: \`resume\` was made for a ${resumed.total}-byte source but this source has ${expected.size} bytes; pass the same file.`,
    );
  }
  if (resumed.total !== null && resumed.offset >= resumed.total) {
    throw new ConfigurationError(
      `${label}: \`resume\` says all ${resumed.total} bytes were already acknowledged; nothing is left to send.`,
    );
  }
  if (resumed.offset > 0 && resumed.videoId === null) {
    throw new ConfigurationError(`${label}: \`resume\` has acknowledged bytes but no videoId.`);
  }
  return { ...resumed };
}
