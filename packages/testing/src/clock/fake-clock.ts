/**
 * A clock that stands still until something sleeps on it: `sleep(ms)` records `ms`, moves `now()`
 * forward by exactly that much and resolves at once, so waits are asserted exactly and never taken
 * for real. This file imports nothing, so `@conduit/core`'s own tests can use it by path.
 */
export interface FakeClock {
  /** The current time in epoch milliseconds. */
  now: () => number;
  /** Records `ms`, advances the clock by it and resolves at once; rejects if `signal` has aborted. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Every delay handed to `sleep`, in order. */
  readonly sleeps: number[];
  /** Moves the clock forward without a sleep (time passing while a request is in flight). */
  advance(ms: number): void;
  /** Total milliseconds slept so far. */
  slept(): number;
}

/** Options for `createFakeClockWith`. */
export interface FakeClockOptions {
  /** Start time in epoch milliseconds (default 2026-11-25T12:00:00Z, a whole second so HTTP dates round-trip). */
  start?: number;
  /** The error a sleep on an aborted signal rejects with (default: the signal's reason). */
  abortError?: (signal: AbortSignal) => unknown;
}

/** Default start of every fake clock: 2026-11-25T12:00:00Z. */
export const fakeClockStart = Date.UTC(2026, 10, 25, 12, 0, 0);

/**
 * Creates a `FakeClock` with an explicit abort error (`@conduit/testing`'s `createFakeClock` passes
 * core's `RequestAbortedError`, as the real sleep does).
 */
export function createFakeClockWith(options: FakeClockOptions = {}): FakeClock {
  let current = options.start ?? fakeClockStart;
  const sleeps: number[] = [];
  const abortError = options.abortError ?? ((signal: AbortSignal) => signal.reason);
  return {
    now: () => current,
    sleep: async (ms, signal) => {
      if (signal?.aborted) {
        throw abortError(signal);
      }
      sleeps.push(ms);
      current += ms;
    },
    sleeps,
    advance(ms) {
      current += ms;
    },
    slept: () => sleeps.reduce((total, ms) => total + ms, 0),
  };
}
