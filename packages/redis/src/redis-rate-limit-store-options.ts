import type { Redis } from 'ioredis';

/** Where the store's Redis is: a client you own, a URL, or host and port (default `127.0.0.1:6379`). */
export type RedisConnectionOptions =
  | {
      /** An ioredis client you created and close yourself; `close()` leaves it open. */
      redis: Redis;
      /** Not with `redis`. */
      url?: never;
      /** Not with `redis`. */
      host?: never;
      /** Not with `redis`. */
      port?: never;
    }
  | {
      /** A `redis://` or `rediss://` URL; the store opens and closes its own connection. */
      url: string;
      /** Not with `url`. */
      redis?: never;
      /** Not with `url`. */
      host?: never;
      /** Not with `url`. */
      port?: never;
    }
  | {
      /** Redis host for a connection the store opens itself (default `127.0.0.1`). */
      host?: string | undefined;
      /** Redis port (default 6379). */
      port?: number | undefined;
      /** Not with `host`/`port`. */
      redis?: never;
      /** Not with `host`/`port`. */
      url?: never;
    };

/** Options for `RedisRateLimitStore`. Durations are milliseconds. */
export type RedisRateLimitStoreOptions = RedisConnectionOptions & {
  /** Prepended to every limiter key (`provider:bucket:keyFingerprint`) (default `conduit:rl:`). */
  keyPrefix?: string | undefined;
  /** How long a budget stays in Redis once its block, window and probe interval are over, in milliseconds (default 600000). */
  idleTtlMs?: number | undefined;
  /** Longest wait for Redis per operation, in milliseconds, before this process falls back to memory (default 200). */
  commandTimeoutMs?: number | undefined;
  /** While on the fallback, check Redis (a background `PING`) this often, and at once on reconnect, in milliseconds (default 1000). */
  recheckIntervalMs?: number | undefined;
  /** Receives one warning per outage, when Redis stops answering (default `console.warn`). */
  onWarning?: ((message: string, error: unknown) => void) | undefined;
};

/** Defaults of `RedisRateLimitStoreOptions`. */
export const defaultRedisRateLimitStoreOptions = {
  /** Prefix of every limiter key. */
  keyPrefix: 'conduit:rl:',
  /** Ten minutes, in milliseconds. */
  idleTtlMs: 10 * 60_000,
  /** Milliseconds per Redis operation before falling back to memory. */
  commandTimeoutMs: 200,
  /** Milliseconds between background checks while on the fallback. */
  recheckIntervalMs: 1000,
} as const;
