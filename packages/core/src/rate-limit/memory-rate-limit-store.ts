import type { RateLimitState } from './rate-limit-state.js';
import type { RateLimitStore } from './rate-limit-store.js';

interface Budget {
  limit: number | undefined;
  remaining: number | undefined;
  resetAt: number | undefined;
  blockedUntil: number;
}

/** The default `RateLimitStore`: one process, state kept in a `Map`, idle entries dropped. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #budgets = new Map<string, Budget>();

  reserve(key: string, now: number): number {
    const budget = this.#budgets.get(key);
    if (budget === undefined) {
      return 0;
    }
    return reserveFromBudget(budget, now);
  }

  update(key: string, state: RateLimitState): void {
    if (this.#budgets.size > 1000) {
      this.#evictIdle(state.observedAt);
    }
    const budget = this.#budgets.get(key) ?? { limit: undefined, remaining: undefined, resetAt: undefined, blockedUntil: 0 };
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

/** Folds a server answer into a budget. Shared with stores that keep budgets elsewhere. */
export function applyState(budget: Budget, state: RateLimitState): void {
  if (state.limit !== undefined) {
    budget.limit = state.limit;
  }
  if (state.remaining !== undefined) {
    budget.remaining = state.remaining;
  }
  if (state.resetAt !== undefined) {
    budget.resetAt = state.resetAt;
  }
  if (state.retryAfterMs !== undefined && (state.remaining === 0 || state.remaining === undefined)) {
    budget.blockedUntil = Math.max(budget.blockedUntil, state.observedAt + state.retryAfterMs);
  }
}

/**
 * Takes one request from a budget: waits out a server block, waits for the reset when the
 * window is spent, and otherwise counts the request against `remaining`.
 */
export function reserveFromBudget(budget: Budget, now: number): number {
  if (budget.blockedUntil > now) {
    return budget.blockedUntil - now;
  }
  if (budget.remaining === undefined) {
    return 0;
  }
  if (budget.resetAt !== undefined && budget.resetAt <= now && budget.limit !== undefined) {
    budget.remaining = budget.limit;
    budget.resetAt = undefined;
  }
  if (budget.remaining <= 0) {
    if (budget.resetAt !== undefined && budget.resetAt > now) {
      return budget.resetAt - now;
    }
    // The window has reset (or the server never said when): start a fresh one.
    budget.remaining = budget.limit ?? 1;
    budget.resetAt = undefined;
  }
  budget.remaining -= 1;
  return 0;
}

export type { Budget as RateLimitBudget };
