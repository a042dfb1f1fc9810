import { pollUntil, type Sleep } from '@conduit/core';
import type { VideoStatus } from './apivideo-types.js';

/** Options of `videos.waitUntilPlayable`. Durations are milliseconds. */
export interface WaitUntilPlayableOptions {
  /** Wait between status polls in milliseconds (default 5000). */
  interval?: number | undefined;
  /** Give up after this many milliseconds with `APITimeoutError` (default: never). */
  timeout?: number | undefined;
  /** Stops waiting. */
  signal?: AbortSignal | undefined;
  /** Called with every status read. */
  onProgress?: ((status: VideoStatus) => void) | undefined;
}

/** True once a rendition can be played, or once every rendition has stopped (some failed). */
export function isEncodingSettled(status: VideoStatus): boolean {
  if (status.encoding?.playable === true) {
    return true;
  }
  const qualities = status.encoding?.qualities ?? [];
  return qualities.length > 0 && qualities.every((quality) => quality.status === 'encoded' || quality.status === 'failed');
}

/** Polls the video status until it is playable (or every rendition has settled), on the client's clock. */
export function waitUntilPlayable(
  getStatus: (signal: AbortSignal | undefined) => Promise<VideoStatus>,
  clock: { now?: (() => number) | undefined; sleep?: Sleep | undefined },
  options: WaitUntilPlayableOptions = {},
): Promise<VideoStatus> {
  return pollUntil(getStatus, {
    isDone: isEncodingSettled,
    interval: options.interval ?? 5000,
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(clock.now === undefined ? {} : { now: clock.now }),
    ...(clock.sleep === undefined ? {} : { sleep: clock.sleep }),
  });
}
