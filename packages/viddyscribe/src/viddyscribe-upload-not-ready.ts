import { ConflictError, type Sleep } from '@conduit/core';

/** Longest wait between two tries while media is still being verified, in milliseconds. */
const maxDelay = 60_000;

/**
 * Sends `send` again while it fails with `409 upload_not_ready` (media still verifying), waiting
 * `interval` x 2^n between tries, for at most `timeout` ms. A 409 means no job was created, so the
 * repeat cannot start a second paid job. When the time runs out, the last 409 `ConflictError` is thrown.
 */
export async function retryWhileNotReady<T>(
  send: () => Promise<T>,
  options: { timeout: number; interval: number; now: () => number; sleep: Sleep; signal?: AbortSignal | undefined },
): Promise<T> {
  const startedAt = options.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!ConflictError.isInstance(error) || error.code !== 'upload_not_ready') {
        throw error;
      }
      const delay = Math.min(Math.max(options.interval, 1) * 2 ** attempt, maxDelay);
      if (options.now() - startedAt + delay > options.timeout) {
        throw error;
      }
      await options.sleep(delay, options.signal);
    }
  }
}
