import type { RateLimitState } from './rate-limit-state.js';
import type { RateLimitStore } from './rate-limit-store.js';

/** One budget's state; the same fields live in a Redis hash in `@conduit/redis`. */
export interface RateLimitBudget {
  limit: number | undefined;
  /** Requests left; negative while callers hold reservations for requests not yet allowed. */
  remaining: number | undefined;
  resetAt: number | undefined;
  blockedUntil: number;
  /** Longest time-to-reset seen in one answer: the window length. */
  windowMs: number;
  /** When `remaining` was last refilled (epoch ms). */
  refilledAt: number;
  /** When the last probe went out while the budget was spent and nothing else was known. */
  probeAt: number;
  /** The server's last `remaining`, to tell a token bucket (it rises between resets) from a fixed window. */
  serverRemaining: number | undefined;
  /** 1 once the server's budget was seen to refill between resets (a token bucket), else 0. */
  continuous: number;
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
  return {
    limit: undefined,
    remaining: undefined,
    resetAt: undefined,
    blockedUntil: 0,
    windowMs: 0,
    refilledAt: 0,
    probeAt: 0,
    serverRemaining: undefined,
    continuous: 0,
  };
}

/**
 * Refills a budget up to `now`. A token bucket refills continuously at `limit / windowMs`; a fixed
 * window refills at its reset, where requests queued beyond the old window take from the new one.
 */
function refill(budget: RateLimitBudget, now: number): void {
  if (budget.remaining === undefined || now <= budget.refilledAt) {
    return;
  }
  if (budget.continuous === 1 && budget.limit !== undefined && budget.limit > 0 && budget.windowMs > 0) {
    budget.remaining = Math.min(budget.limit, budget.remaining + ((now - budget.refilledAt) * budget.limit) / budget.windowMs);
  } else if (budget.resetAt !== undefined && budget.resetAt <= now) {
    budget.remaining = Math.min(budget.remaining, 0) + (budget.limit ?? 1);
    budget.resetAt =
      budget.windowMs > 0 ? budget.resetAt + budget.windowMs * Math.ceil((now - budget.resetAt + 1) / budget.windowMs) : undefined;
  }
  budget.refilledAt = now;
}

/**
 * Folds a server answer into a budget. The lower of our count and the server's is kept (an answer
 * can be older than requests admitted since it left); resets are applied by `refill` first.
 */
export function applyState(budget: RateLimitBudget, state: RateLimitState): void {
  refill(budget, state.observedAt);
  if (state.limit !== undefined) {
    budget.limit = state.limit;
  }
  if (state.remaining !== undefined) {
    if (budget.serverRemaining !== undefined && state.remaining > budget.serverRemaining && (budget.resetAt ?? 0) > state.observedAt) {
      budget.continuous = 1;
    }
    budget.serverRemaining = state.remaining;
    // With no window known there is nothing to reconcile against: the server's count stands.
    budget.remaining =
      budget.remaining === undefined || budget.resetAt === undefined ? state.remaining : Math.min(budget.remaining, state.remaining);
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
 * Reserves one request: returns 0 to send now, or how long to wait before sending. Callers beyond
 * the budget queue up as debt: paced at the refill rate for a token bucket, or placed in the next
 * window(s) for a fixed window, so a busy client sends at the server's rate instead of earning 429s.
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
  if (budget.continuous === 1 && budget.limit !== undefined && budget.limit > 0 && budget.windowMs > 0) {
    budget.remaining -= 1;
    return Math.max(blocked, Math.ceil((-budget.remaining * budget.windowMs * pacingMargin) / budget.limit));
  }
  if (budget.resetAt !== undefined && budget.resetAt > now) {
    budget.remaining -= 1;
    const windowsAhead =
      budget.limit !== undefined && budget.limit > 0 && budget.windowMs > 0 ? Math.floor((-budget.remaining - 1) / budget.limit) : 0;
    return Math.max(blocked, budget.resetAt - now + windowsAhead * budget.windowMs);
  }
  if (blocked > 0) {
    return blocked;
  }
  // Spent, and the server never said when or how fast it refills: one probe per interval.
  if (now - budget.probeAt < probeIntervalMs) {
    return budget.probeAt + probeIntervalMs - now;
  }
  budget.probeAt = now;
  return 0;
}
