/**
 * Everything the limiter knows about one budget (provider + bucket + key). Plain JSON numbers only,
 * so `@conduit/redis` can store it as one string and run the same pacing functions on it: memory and
 * Redis pace alike by construction. Times are epoch milliseconds, durations milliseconds.
 */
export interface PacingState {
  /**
   * What the server was learned to be: `unknown` (nothing seen, no pacing), `window` (a fixed window:
   * the count drops to 0 and refills at the reset), `bucket` (a token bucket: refills continuously),
   * `adaptive` (no counts at all: the rate is learned from 429s).
   */
  mode: 'unknown' | 'window' | 'bucket' | 'adaptive';
  /** Requests per window, as the server last said. */
  limit: number;
  /** Window length bounds learned so far; equal when a policy declared `w`. 0 / 0 when unknown. */
  windowLowMs: number;
  windowHighMs: number;
  /** Start of the current window: observed (the first answer showing the count refilled) or estimated. */
  windowStart: number;
  /** 1 when `windowStart` was observed, so window-length bounds may be drawn from it; else 0. */
  windowStartObserved: number;
  /** The last window start that was observed (0: none), to bound the window length by the gap to the next. */
  lastObservedStart: number;
  /** When the current window ends, as an upper bound (0: unknown). */
  windowEnd: number;
  /** A lower bound on when the current window ends (0: none known). */
  windowEndLow: number;
  /** When the probe of an uncertain window's end was sent (0: none outstanding), and that window's start. */
  openerAt: number;
  openerWindowStart: number;
  /** Reservations counted against the window ending at `windowEnd`, queued ones included (may exceed `limit`). */
  used: number;
  /** The server's previous `remaining` and reset, to tell a refill apart from a window change. */
  lastRemaining: number;
  lastResetAt: number;
  /** 1 when the server's resets are absolute times (epoch, HTTP date), so a window's reset stays put; else 0. */
  resetAbsolute: number;
  /** Token bucket / adaptive pacing: theoretical time of the next conforming send (GCRA). */
  nextSendAt: number;
  /** Learned refill rate in requests per millisecond (0: not learned yet). */
  ratePerMs: number;
  /** Adaptive mode before a rate is learned: the rate being tried, cut at each 429. */
  trialRatePerMs: number;
  /** First reservation seen for this budget. */
  firstSeenAt: number;
  /** Rate learning: an anchor point where the server's count was known, and our totals there. */
  anchorAt: number;
  anchorRemaining: number;
  anchorAccepted: number;
  /** Totals: reservations granted, and 429 answers. */
  sent: number;
  throttles: number;
  /** Send times of reservations not yet (or only just) sent, to tell what an answer cannot have counted. */
  pendingSends: number[];
  /** Last 429 seen (adaptive growth restarts from it). */
  lastThrottleAt: number;
  /** An explicit Retry-After: nothing is sent before `blockedUntil`, and one request may go at `retryCreditAt`. */
  blockedUntil: number;
  retryCreditAt: number;
  /** When this state last changed, for eviction. */
  touchedAt: number;
  /** Why the last reservation waited (for `onRateLimit` and the debug log). */
  reason: string;
}

/** A budget nothing is known about yet. */
export function emptyPacingState(): PacingState {
  return {
    mode: 'unknown',
    limit: 0,
    windowLowMs: 0,
    windowHighMs: 0,
    windowStart: 0,
    windowStartObserved: 0,
    lastObservedStart: 0,
    windowEnd: 0,
    windowEndLow: 0,
    openerAt: 0,
    openerWindowStart: 0,
    used: 0,
    lastRemaining: -1,
    lastResetAt: 0,
    resetAbsolute: 0,
    nextSendAt: 0,
    ratePerMs: 0,
    trialRatePerMs: 0,
    firstSeenAt: 0,
    anchorAt: 0,
    anchorRemaining: 0,
    anchorAccepted: 0,
    sent: 0,
    throttles: 0,
    pendingSends: [],
    lastThrottleAt: 0,
    blockedUntil: 0,
    retryCreditAt: 0,
    touchedAt: 0,
    reason: '',
  };
}

/** Margin for what an answer cannot have counted yet: requests sent within this many ms before it. */
export const inFlightSlackMs = 5;

/** Paced sends are spaced this much wider than the learned rate, so timer jitter does not earn 429s. */
export const pacingMargin = 1.01;

/** With a spent budget and no known reset or rate, one request per this many milliseconds probes the server. */
export const probeIntervalMs = 1000;
