import { APITimeoutError } from '../errors/api-timeout-error.js';
import { ConduitError } from '../errors/conduit-error.js';
import { RequestAbortedError } from '../errors/request-aborted-error.js';
import { defaultSleep, type Sleep } from '../retry/sleep.js';

/** Options for `pollUntil`. Durations are milliseconds. */
export interface PollOptions<T> {
  /** True when `value` is final (done or failed). */
  isDone: (value: T) => boolean;
  /** Wait between polls in milliseconds, or a function of the poll number (default 2000). */
  interval?: number | ((poll: number, value: T) => number);
  /** Give up after this many milliseconds with `APITimeoutError` (default: never). */
  timeout?: number;
  /** Aborts the wait and any poll in flight. */
  signal?: AbortSignal;
  /** Called with every value read, before the done check. */
  onProgress?: (value: T) => void;
  /** Clock in epoch milliseconds (injectable for tests). */
  now?: () => number;
  /** Sleep between polls (injectable for tests). */
  sleep?: Sleep;
}

/**
 * Calls `fn` until `isDone` says the value is final, waiting `interval` between calls.
 * Errors thrown by `fn` propagate (the transport already retried them).
 *
 * @example
 * ```ts
 * import { pollUntil } from '@conduit/core';
 *
 * declare const client: { jobs: { get(id: string): Promise<{ status: 'processing' | 'done' | 'failed' }> } };
 * declare const id: string;
 * const job = await pollUntil(() => client.jobs.get(id), { isDone: (job) => job.status !== 'processing' });
 * ```
 */
export async function pollUntil<T>(fn: (signal?: AbortSignal) => Promise<T>, options: PollOptions<T>): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const startedAt = now();
  for (let poll = 1; ; poll++) {
    if (options.signal?.aborted) {
      throw new RequestAbortedError('Polling was aborted by the caller', { cause: options.signal.reason });
    }
    const value = await fn(options.signal);
    options.onProgress?.(value);
    if (options.isDone(value)) {
      return value;
    }
    const interval = typeof options.interval === 'function' ? options.interval(poll, value) : (options.interval ?? 2000);
    const elapsed = now() - startedAt;
    if (options.timeout !== undefined && elapsed + interval > options.timeout) {
      throw new APITimeoutError(`Gave up waiting after ${elapsed} ms (timeout ${options.timeout} ms, ${poll} polls)`, {
        retryable: true,
        attempts: poll,
      });
    }
    try {
      await sleep(interval, options.signal);
    } catch (error) {
      throw ConduitError.isInstance(error) ? error : new RequestAbortedError(undefined, { cause: error });
    }
  }
}
