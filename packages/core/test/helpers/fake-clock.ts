import type { Sleep } from '../../src/retry/sleep.js';

/** A fake clock plus a sleep that records each requested delay and advances the clock by it, resolving at once. */
export interface FakeClock {
  now: () => number;
  sleep: Sleep;
  /** Every delay handed to `sleep`, in order. */
  sleeps: number[];
  advance(ms: number): void;
}

/** Starts at a whole second (so HTTP dates round-trip exactly). */
export function createFakeClock(start = Date.UTC(2030, 0, 1, 12, 0, 0)): FakeClock {
  let current = start;
  const sleeps: number[] = [];
  return {
    now: () => current,
    sleep: async (ms) => {
      sleeps.push(ms);
      current += ms;
    },
    sleeps,
    advance(ms) {
      current += ms;
    },
  };
}
