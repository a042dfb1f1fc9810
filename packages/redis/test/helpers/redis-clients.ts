import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** A plain client for checking what the store wrote, connected as every Redis test connects (lazy, one retry per request). */
export function createTestClient(port: number): Redis {
  return new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 1 });
}

/** A key prefix no other test uses, so test files can share one Redis. */
export function uniquePrefix(): string {
  return `conduit:test:${randomUUID()}:`;
}

/** Every key under `prefix`. */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/** Deletes every key under `prefix`. */
export async function deleteUnder(redis: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(redis, prefix);
  if (keys.length > 0) {
    await redis.del(...keys);
  }
}
