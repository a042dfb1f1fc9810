import { RequestAbortedError } from '@conduit/core';
import { createFakeClockWith, type FakeClock, fakeClockStart } from './fake-clock.js';

/**
 * The one fake clock of Conduit's tests: `now()` stands still until the client sleeps, and each
 * `sleep(ms)` advances it by exactly `ms` and returns at once (a sleep on an aborted signal rejects
 * with `RequestAbortedError`, like core's real sleep). Pass `clock.now` and `clock.sleep` to a client.
 *
 * @example
 * ```ts
 * import { createGenAIClient } from '@conduit/genai';
 * import { createFakeClock } from '@conduit/testing';
 * import { expect } from 'vitest';
 *
 * declare const apiKey: string;
 * const clock = createFakeClock();
 * const client = createGenAIClient({ apiKey, now: clock.now, sleep: clock.sleep });
 * await client.listModels(); // a 429 with Retry-After: 3 ...
 * expect(clock.sleeps).toEqual([3000]);
 * ```
 */
export function createFakeClock(start: number = fakeClockStart): FakeClock {
  return createFakeClockWith({
    start,
    abortError: (signal) => new RequestAbortedError(undefined, { cause: signal.reason }),
  });
}
