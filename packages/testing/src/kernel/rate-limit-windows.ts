/** One rate-limit window as the kernel reads it for a request. */
export interface WindowReading {
  /** The bucket (`x-conduit-bucket`) the request counted against. */
  bucket: string;
  /** Requests the window allows. */
  limit: number;
  /** Requests left after this one. */
  remaining: number;
  /** When the window resets, epoch milliseconds. */
  resetAt: number;
  /** False when the window was already spent (the request was not counted). */
  allowed: boolean;
}

/** Fixed windows per credential and bucket: the one window state every mock shares. */
export interface RateLimitWindows {
  /** Counts one request against `bucket` for `credential`, unless the window is spent. */
  take(credential: string, bucket: string, now: number): WindowReading;
  /** Reads a window without counting. */
  peek(credential: string, bucket: string, now: number): WindowReading;
  /** Forgets every window. */
  clear(): void;
  /** How many windows are open. */
  readonly size: number;
}

/** The count and reset time of one window (epoch milliseconds). */
export interface WindowCount {
  /** Requests counted in the window. */
  used: number;
  /** When the window resets, epoch milliseconds. */
  resetAt: number;
}

/**
 * Windows of `windowMs` with a limit per bucket (`Infinity` where `limits` names none), kept in
 * `windows` (keyed `<credential>:<bucket>` unless `keyOf` says otherwise) so a mock's state can expose them.
 */
export function createRateLimitWindows(
  limits: () => Readonly<Record<string, number>>,
  windowMs: number,
  windows: Map<string, WindowCount> = new Map(),
  keyOf: (credential: string, bucket: string) => string = (credential, bucket) => `${credential}:${bucket}`,
): RateLimitWindows {
  const read = (credential: string, bucket: string, now: number, count: boolean): WindowReading => {
    const key = keyOf(credential, bucket);
    let window = windows.get(key);
    if (window === undefined || window.resetAt <= now) {
      window = { used: 0, resetAt: now + windowMs };
      windows.set(key, window);
    }
    const limit = limits()[bucket] ?? Number.POSITIVE_INFINITY;
    const allowed = window.used < limit;
    if (allowed && count) {
      window.used++;
    }
    return { bucket, limit, remaining: Math.max(0, limit - window.used), resetAt: window.resetAt, allowed };
  };
  return {
    take: (credential, bucket, now) => read(credential, bucket, now, true),
    peek: (credential, bucket, now) => read(credential, bucket, now, false),
    clear: () => windows.clear(),
    get size() {
      return windows.size;
    },
  };
}

/** The common `X-RateLimit-Limit/Remaining/Reset` headers (reset in Unix seconds), plus `Retry-After` when given. */
export function xRateLimitHeaders(limit: number, remaining: number, resetAtMs: number, retryAfterSeconds?: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(Math.max(0, remaining)),
    'X-RateLimit-Reset': String(Math.ceil(resetAtMs / 1000)),
    ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
  };
}
