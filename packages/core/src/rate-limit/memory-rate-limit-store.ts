import type { RateLimitState } from './rate-limit-state.js';
import type { RateLimitStore } from './rate-limit-store.js';

/** One budget's state; the same fields live in a Redis hash in `@conduit/redis`. */
export interface RateLimitBudget {
  limit: number | undefined;
  remaining: number | undefined;
  resetAt: number | undefined;
  blockedUntil: number;
  /** When the last probe was let through while the budget was spent and no reset time was known. */
  probeAt: number;
  /** Longest time-to-reset seen in one answer: the window length, used to foresee the next reset. */
  windowMs: number;
}

/** With a spent budget and no known reset, one request per this many milliseconds probes the server. */
export const probeIntervalMs = 1000;

/** The default `RateLimitStore`: one process, state kept in a `Map`, idle entries dropped. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #budgets = new Map<string, RateLimitBudget>();

  reserve(key: string, now: number): number {
    const budget = this.#budgets.get(key);
    return budget === undefined ? 0 : reserveFromBudget(budget, now);
  }

  update(key: string, state: RateLimitState): void {
    if (this.#budgets.size > 1000) {
      this.#evictIdle(state.observedAt);
    }
    const budget = this.#budgets.get(key) ?? emptyBudget();
    applyState(budget, state);
    this.#budgets.set(key, budget);
  }

  #evictIdle(now: number): void {
    for (const [key, budget] of this.#budgets) {
      if (budget.blockedUntil < now && (budget.resetAt ?? 0) < now) {
        this.#budgets.delete(key);
      }
    }
  }
}

/** A budget nothing is known about yet. */
export function emptyBudget(): RateLimitBudget {
  return { limit: undefined, remaining: undefined, resetAt: undefined, blockedUntil: 0, probeAt: 0, windowMs: 0 };
}

/**
 * Folds a server answer into a budget. `remaining` only goes down between window resets: an
 * answer can be older than requests admitted since, so the lower count is the safe one.
 */
export function applyState(budget: RateLimitBudget, state: RateLimitState): void {
  if (state.limit !== undefined) {
    budget.limit = state.limit;
  }
  if (state.remaining !== undefined) {
    budget.remaining = budget.remaining === undefined ? state.remaining : Math.min(budget.remaining, state.remaining);
  }
  if (state.resetAt !== undefined) {
    budget.resetAt = state.resetAt;
    budget.windowMs = Math.max(budget.windowMs, state.resetAt - state.observedAt);
  }
  if (state.retryAfterMs !== undefined && (state.remaining === 0 || state.remaining === undefined)) {
    budget.blockedUntil = Math.max(budget.blockedUntil, state.observedAt + state.retryAfterMs);
  }
}

/**
 * Takes one request from a budget: waits out a server block, waits for the reset when the window
 * is spent, starts a fresh window once the reset has passed, and counts the request otherwise.
 */
export function reserveFromBudget(budget: RateLimitBudget, now: number): number {
  if (budget.blockedUntil > now) {
    return budget.blockedUntil - now;
  }
  if (budget.remaining === undefined) {
    return 0;
  }
  if (budget.resetAt !== undefined && budget.resetAt <= now) {
    // The window has passed: start a fresh one locally until the server says more.
    budget.remaining = budget.limit ?? Math.max(budget.remaining, 1);
    budget.resetAt = budget.windowMs > 0 ? now + budget.windowMs : undefined;
  }
  if (budget.remaining <= 0) {
    if (budget.resetAt !== undefined) {
      return budget.resetAt - now;
    }
    // Spent, and the server never said when it resets: let one probe through per interval.
    if (now - budget.probeAt < probeIntervalMs) {
      return budget.probeAt + probeIntervalMs - now;
    }
    budget.probeAt = now;
    return 0;
  }
  budget.remaining -= 1;
  return 0;
}
