import { describe, expect, it } from 'vitest';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import { NotFoundError } from '../../src/errors/not-found-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { pollUntil } from '../../src/polling/poll-until.js';
import { createFakeClock } from '../helpers/fake-clock.js';

interface Job {
  status: 'queued' | 'processing' | 'done';
  poll: number;
}

/** A job that is done on the n-th read. */
function jobDoneAfter(n: number) {
  let reads = 0;
  const read = async (): Promise<Job> => {
    reads++;
    return { status: reads >= n ? 'done' : reads === 1 ? 'queued' : 'processing', poll: reads };
  };
  return { read, reads: () => reads };
}

describe('pollUntil', () => {
  it('polls until done, calling onProgress with every value and sleeping the interval between', async () => {
    const clock = createFakeClock();
    const job = jobDoneAfter(4);
    const progress: Job[] = [];
    const result = await pollUntil(job.read, {
      isDone: (value) => value.status === 'done',
      interval: 1500,
      onProgress: (value) => progress.push(value),
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(result).toEqual({ status: 'done', poll: 4 });
    expect(job.reads()).toBe(4);
    expect(progress.map((value) => value.status)).toEqual(['queued', 'processing', 'processing', 'done']);
    expect(clock.sleeps).toEqual([1500, 1500, 1500]);
  });

  it('returns at once without sleeping when the first value is final', async () => {
    const clock = createFakeClock();
    const result = await pollUntil(async () => 'failed', { isDone: () => true, now: clock.now, sleep: clock.sleep });
    expect(result).toBe('failed');
    expect(clock.sleeps).toEqual([]);
  });

  it('uses 2000 ms by default and an interval function of poll number and value', async () => {
    const clock = createFakeClock();
    await pollUntil(jobDoneAfter(2).read, { isDone: (value) => value.status === 'done', now: clock.now, sleep: clock.sleep });
    expect(clock.sleeps).toEqual([2000]);

    const backoff = createFakeClock();
    const seen: Array<[number, number]> = [];
    await pollUntil(jobDoneAfter(4).read, {
      isDone: (value) => value.status === 'done',
      interval: (poll, value) => {
        seen.push([poll, value.poll]);
        return 100 * 2 ** poll;
      },
      now: backoff.now,
      sleep: backoff.sleep,
    });
    expect(backoff.sleeps).toEqual([200, 400, 800]);
    expect(seen).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('gives up with APITimeoutError when the next wait would pass the timeout', async () => {
    const clock = createFakeClock();
    const job = jobDoneAfter(100);
    const error = await pollUntil(job.read, {
      isDone: (value) => value.status === 'done',
      interval: 1000,
      timeout: 3500,
      now: clock.now,
      sleep: clock.sleep,
    }).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as APITimeoutError).attempts).toBe(4);
    expect(job.reads()).toBe(4);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
  });

  it('stops with RequestAbortedError when aborted between polls, without another read', async () => {
    const clock = createFakeClock();
    const controller = new AbortController();
    let reads = 0;
    const error = await pollUntil(
      async () => {
        reads++;
        if (reads === 2) {
          controller.abort(new Error('user left'));
        }
        return reads;
      },
      { isDone: () => false, interval: 10, signal: controller.signal, now: clock.now, sleep: clock.sleep },
    ).catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(reads).toBe(2);
  });

  it('aborting during a real sleep rejects promptly', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const pending = pollUntil(async () => 'processing', { isDone: () => false, interval: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await pending.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('passes the signal to fn and lets its errors through', async () => {
    const controller = new AbortController();
    let received: AbortSignal | undefined;
    const failure = new NotFoundError('gone', { status: 404, provider: 'x' });
    const error = await pollUntil(
      async (signal) => {
        received = signal;
        throw failure;
      },
      { isDone: () => true, signal: controller.signal },
    ).catch((caught: unknown) => caught);
    expect(error).toBe(failure);
    expect(received).toBe(controller.signal);
  });
});
