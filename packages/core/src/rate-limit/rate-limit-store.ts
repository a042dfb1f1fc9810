import type { RateLimitState } from './rate-limit-state.js';

/**
 * Where limiter state lives. In memory by default; `@conduit/redis` shares it across a fleet.
 * Keys are `provider:bucket:keyFingerprint`, never a raw key.
 */
export interface RateLimitStore {
  /**
   * Atomically reserves one request at `now` (epoch ms). Returns 0 to send now, or how many
   * milliseconds to wait first; after that wait the request is sent without asking again.
   */
  reserve(key: string, now: number): Promise<number> | number;
  /** Records what a server answer said about the budget (also a 429 that carried no header). */
  update(key: string, state: RateLimitState): Promise<void> | void;
  /**
   * Optional: why the last reservation for `key` had to wait (for `onRateLimit` and the debug log),
   * or `''` when it did not. Never contains a key or secret.
   */
  reason?(key: string): string;
}
