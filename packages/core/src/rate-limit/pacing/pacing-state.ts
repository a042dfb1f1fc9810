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
  /** Shortest the window can be, as learned so far (the declared `w` when there is one; 0: unknown). */
  windowLowMs: number;
  /** Longest the window can be, as learned so far (the declared `w` when there is one; 0: unknown). */
  windowHighMs: number;
  /** Start of the current window: observed (the first answer showing the count refilled) or estimated. */
  windowStart: number;
  /** 1 when `windowStart` was observed, so window-length bounds may be drawn from it; else 0. */
  windowStartObserved: number;
  /** 1 once the model moved on to a new window by itself (its estimated end passed) since the last observed start. */
  modelRolled: number;
  /** The last window start that was observed (0: none), to bound the window length by the gap to the next. */
  lastObservedStart: number;
  /** When the current window ends, as an upper bound (0: unknown). */
  windowEnd: number;
  /** A lower bound on when the current window ends (0: none known). */
  windowEndLow: number;
  /** When the probe of an uncertain window's end was sent (0: none outstanding). */
  openerAt: number;
  /** The start of the window that probe belonged to. */
  openerWindowStart: number;
  /** Reservations counted against the window ending at `windowEnd`, queued ones included (may exceed `limit`). */
  used: number;
  /** The server's previous `remaining` (-1: none yet), to tell a refill apart from a window change. */
  lastRemaining: number;
  /** The server's previous reset (0: none yet). */
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
  /** Rate learning: when the server's count was last known at the start of a measured span (0: none). */
  anchorAt: number;
  /** The server's count at the anchor. */
  anchorRemaining: number;
  /** Requests the server had accepted from us at the anchor. */
  anchorAccepted: number;
  /** Reservations granted in all. */
  sent: number;
  /** 429 answers in all. */
  throttles: number;
  /** Send times of reservations not yet (or only just) sent, to tell what an answer cannot have counted. */
  pendingSends: number[];
  /** Last 429 seen (adaptive growth restarts from it). */
  lastThrottleAt: number;
  /** A Retry-After on an answer without counts: nothing is sent before this time. */
  blockedUntil: number;
  /** An explicit Retry-After: one request (the retry) may go at this time whatever the model says (0: none). */
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
    modelRolled: 0,
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
