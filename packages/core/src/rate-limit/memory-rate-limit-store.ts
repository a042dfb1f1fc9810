import type { RateLimitState } from './rate-limit-state.js';
import type { RateLimitStore } from './rate-limit-store.js';

/** One budget's state; the same fields live in a Redis hash in `@conduit/redis`. */
export interface RateLimitBudget {
  limit: number | undefined;
  /** Requests left; negative while callers hold reservations for requests not yet allowed. */
  remaining: number | undefined;
  resetAt: number | undefined;
  blockedUntil: number;
  /** Longest time-to-reset seen in one answer: the window length. `limit / windowMs` is the refill rate. */
  windowMs: number;
  /** When `remaining` was last refilled (epoch ms). */
  refilledAt: number;
  /** When the last probe went out while the budget was spent and nothing else was known. */
  probeAt: number;
}

/** With a spent budget and no known reset or rate, one request per this many milliseconds probes the server. */
export const probeIntervalMs = 1000;

/** Queued requests are spaced 2 % wider than the server's refill rate, so timer jitter does not earn 429s. */
export const pacingMargin = 1.02;

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
      if (budget.blockedUntil < now && (budget.resetAt ?? 0) < now && (budget.remaining ?? 0) >= 0) {
        this.#budgets.delete(key);
      }
    }
  }
}

/** A budget nothing is known about yet. */
export function emptyBudget(): RateLimitBudget {
  return { limit: undefined, remaining: undefined, resetAt: undefined, blockedUntil: 0, windowMs: 0, refilledAt: 0, probeAt: 0 };
}

/**
 * Refills a budget up to `now`: continuously at `limit / windowMs` when both are known (token
 * buckets, and fixed windows seen as a slow bucket), otherwise all at once when the reset passes.
 */
function refill(budget: RateLimitBudget, now: number): void {
  if (budget.remaining === undefined || now <= budget.refilledAt) {
    return;
  }
  if (budget.limit !== undefined && budget.windowMs > 0) {
    budget.remaining = Math.min(budget.limit, budget.remaining + ((now - budget.refilledAt) * budget.limit) / budget.windowMs);
  } else if (budget.resetAt !== undefined && budget.resetAt <= now) {
    budget.remaining = Math.max(budget.remaining, budget.limit ?? 1);
    budget.resetAt = undefined;
  }
  budget.refilledAt = now;
}

/**
 * Folds a server answer into a budget. The lower of our count and the server's is kept: an answer
 * can be older than requests admitted since it was sent.
 */
export function applyState(budget: RateLimitBudget, state: RateLimitState): void {
  refill(budget, state.observedAt);
  if (state.limit !== undefined) {
    budget.limit = state.limit;
  }
  if (state.remaining !== undefined) {
    budget.remaining = budget.remaining === undefined ? state.remaining : Math.min(budget.remaining, state.remaining);
    budget.refilledAt = Math.max(budget.refilledAt, state.observedAt);
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
 * Reserves one request: returns 0 to send now, or how long to wait before sending. Callers
 * beyond the budget queue up as debt, each one refill interval after the previous, so a busy
 * client sends at the server's rate instead of in bursts that earn 429s.
 */
export function reserveFromBudget(budget: RateLimitBudget, now: number): number {
  const blocked = Math.max(0, budget.blockedUntil - now);
  if (budget.remaining === undefined) {
    return blocked;
  }
  refill(budget, now);
  if (budget.remaining >= 1 && blocked === 0) {
    budget.remaining -= 1;
    return 0;
  }
  if (budget.limit !== undefined && budget.windowMs > 0) {
    budget.remaining -= 1;
    return Math.max(blocked, Math.ceil((-budget.remaining * budget.windowMs * pacingMargin) / budget.limit));
  }
  if (blocked > 0) {
    return blocked;
  }
  if (budget.resetAt !== undefined && budget.resetAt > now) {
    return budget.resetAt - now;
  }
  // Spent, and the server never said when or how fast it refills: one probe per interval.
  if (now - budget.probeAt < probeIntervalMs) {
    return budget.probeAt + probeIntervalMs - now;
  }
  budget.probeAt = now;
  return 0;
}
