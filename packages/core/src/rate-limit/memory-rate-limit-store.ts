import { observePacing } from './pacing/observe-pacing.js';
import { emptyPacingState, type PacingState } from './pacing/pacing-state.js';
import { reservePacing } from './pacing/reserve-pacing.js';
import type { RateLimitState } from './rate-limit-state.js';
import type { RateLimitStore } from './rate-limit-store.js';

/** Budgets kept before idle ones are dropped. */
const maxBudgets = 1000;
/** A budget untouched this long (and not blocking) is idle. */
const idleMs = 120_000;

/**
 * The default `RateLimitStore`: one process, state kept in a `Map`, idle entries dropped. Pacing
 * follows the server's model as learned from its answers (see `observePacing` / `reservePacing`);
 * `@conduit/redis` runs the same functions on state kept in Redis.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #budgets = new Map<string, PacingState>();

  /** Reserves one request at `now`: 0 to send at once, else the wait in milliseconds. */
  reserve(key: string, now: number): number {
    return reservePacing(this.#budget(key, now), now);
  }

  /** Folds one answer's rate-limit state into the budget for `key`. */
  update(key: string, state: RateLimitState): void {
    observePacing(this.#budget(key, state.observedAt), state);
  }

  #budget(key: string, now: number): PacingState {
    let pacing = this.#budgets.get(key);
    if (pacing === undefined) {
      if (this.#budgets.size >= maxBudgets) {
        this.#evictIdle(now);
      }
      pacing = emptyPacingState();
      pacing.touchedAt = now;
      this.#budgets.set(key, pacing);
    }
    return pacing;
  }

  /** Why the last reservation for `key` waited, or `''` when it did not. */
  reason(key: string): string {
    return this.#budgets.get(key)?.reason ?? '';
  }

  #evictIdle(now: number): void {
    for (const [key, pacing] of this.#budgets) {
      if (now - pacing.touchedAt > idleMs && pacing.blockedUntil < now && pacing.nextSendAt < now) {
        this.#budgets.delete(key);
      }
    }
  }
}
