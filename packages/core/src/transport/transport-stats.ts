/** Counters a transport keeps for summaries and tests. */
export interface TransportStats {
  /** Logical calls made. */
  calls: number;
  /** HTTP attempts sent (calls plus retries). */
  attempts: number;
  /** Retries made. */
  retries: number;
  /** 429 answers received. */
  rateLimited: number;
  /** Calls that ended in an error. */
  failures: number;
}
