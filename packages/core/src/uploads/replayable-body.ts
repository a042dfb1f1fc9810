/**
 * A request body that can be produced again for every attempt, with its length known up front.
 * The transport sends it with `Content-Length` and re-opens it for each retry and redirect hop,
 * so a retried chunk re-sends the same bytes without keeping them in memory.
 */
export interface ReplayableBody {
  /** Total bytes that `open()` yields. */
  readonly length: number;
  /** A fresh pass over the bytes, from the first. */
  open(): AsyncIterable<Uint8Array>;
}
