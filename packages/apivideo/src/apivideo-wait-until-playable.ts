import {
  APIPromise,
  type APIResponse,
  assertKnownOptions,
  ConfigurationError,
  checkRequestOptions,
  pollUntil,
  type RequestOptions,
} from '@conduit/core';
import type { ApiVideoContext } from './apivideo-context.js';
import type { VideoStatus } from './apivideo-types.js';

/** Options of `videos.waitUntilPlayable` (the request options, `signal` included, are its last argument). Durations are milliseconds. */
export interface WaitUntilPlayableOptions {
  /** Wait between status polls in milliseconds (default 5000). */
  interval?: number | undefined;
  /** Give up after this many milliseconds of waiting with `APITimeoutError` (default: never). */
  timeout?: number | undefined;
  /** Called with every status read. */
  onProgress?: ((status: VideoStatus) => void) | undefined;
}

const label = 'videos.waitUntilPlayable';

/** True once a rendition can be played, or once every rendition has stopped (some failed). */
export function isEncodingSettled(status: VideoStatus): boolean {
  if (status.encoding?.playable === true) {
    return true;
  }
  const qualities = status.encoding?.qualities ?? [];
  return qualities.length > 0 && qualities.every((quality) => quality.status === 'encoded' || quality.status === 'failed');
}

function checkWaitOptions(wait: WaitUntilPlayableOptions): void {
  if (typeof wait !== 'object' || wait === null || Array.isArray(wait)) {
    throw new ConfigurationError(`${label}: options must be an object such as { interval, timeout, onProgress }.`);
  }
  if ('signal' in wait) {
    throw new ConfigurationError(
      `${label}: pass \`signal\` in the request options, the last argument: waitUntilPlayable(videoId, { interval }, { signal }).`,
    );
  }
  assertKnownOptions(wait, ['interval', 'timeout', 'onProgress'], label);
}

/**
 * Polls the video status until it is playable (or every rendition has settled), on the client's
 * clock, and resolves to the last status with the response it came in.
 */
export function waitUntilPlayable(
  context: ApiVideoContext,
  getStatus: (signal: AbortSignal | undefined) => Promise<APIResponse<VideoStatus>>,
  wait: WaitUntilPlayableOptions = {},
  options?: RequestOptions,
): APIPromise<VideoStatus> {
  return APIPromise.from(async () => {
    checkWaitOptions(wait);
    const { signal } = checkRequestOptions(options, label);
    const { now, sleep } = context.options;
    let last: APIResponse<VideoStatus> | undefined;
    await pollUntil(
      async (pollSignal) => {
        last = await getStatus(pollSignal);
        return last.data;
      },
      {
        isDone: isEncodingSettled,
        interval: wait.interval ?? 5000,
        ...(wait.timeout === undefined ? {} : { timeout: wait.timeout }),
        ...(signal === undefined ? {} : { signal }),
        ...(wait.onProgress === undefined ? {} : { onProgress: wait.onProgress }),
        ...(now === undefined ? {} : { now }),
        ...(sleep === undefined ? {} : { sleep }),
      },
    );
    return last as APIResponse<VideoStatus>;
  });
}
