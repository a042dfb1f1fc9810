import { once } from 'node:events';
import type { Redis } from 'ioredis';

/**
 * Resolves once `redis` can take commands: at once when it is ready, after the handshake while it
 * connects, and after `connect()` for a lazy client never used before. Rejects at once when the
 * connection was lost or closed, and when the client emits `error` or `signal` aborts (the deadline).
 */
export async function whenReady(redis: Redis, signal: AbortSignal): Promise<void> {
  if (redis.status === 'ready') {
    return;
  }
  if (redis.status === 'end' || redis.status === 'close' || redis.status === 'reconnecting') {
    // The connection was lost: fail now rather than hold a request for a reconnect.
    throw new Error(`the Redis connection is ${redis.status === 'end' ? 'closed' : 'lost'}`);
  }
  if (redis.status === 'wait') {
    redis.connect().catch(() => {});
  }
  await once(redis, 'ready', { signal });
}
