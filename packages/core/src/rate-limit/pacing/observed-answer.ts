/** One answer reduced to what pacing needs; built by `observePacing` from a `RateLimitState`. */
export interface ObservedAnswer {
  observedAt: number;
  limit: number;
  remaining: number;
  /** Upper bound of the reset (0: none); the true reset is within `resetPrecisionMs` before it. */
  resetAt: number;
  resetPrecisionMs: number;
  resetAbsolute: boolean;
  /** The declared window length (0: not declared). */
  windowMs: number;
  throttled: boolean;
}
