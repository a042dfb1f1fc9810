import { Redis, type RedisOptions } from 'ioredis';

/**
 * Opens the store's own connection, tuned to fail fast: no offline queue (a command while
 * disconnected fails at once instead of waiting), one retry per request, a short command
 * timeout, and reconnects every second at most so a recovered Redis is picked up quickly.
 */
export function createRedisClient(
  target: { url?: string | undefined; host?: string | undefined; port?: number | undefined },
  commandTimeoutMs: number,
): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  };
  const redis =
    target.url === undefined
      ? new Redis({ ...options, host: target.host ?? '127.0.0.1', port: target.port ?? 6379 })
      : new Redis(target.url, options);
  // Outages are reported once by the store; without a listener ioredis logs every reconnect failure.
  redis.on('error', () => {});
  return redis;
}
