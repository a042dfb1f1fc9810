import type { TestProject } from 'vitest/node';
import { accepts, type RedisServer, startRedisServer } from './helpers/redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Port of the Redis every test file shares: `REDIS_PORT` when CI started one, else one started here. */
    redisPort: number;
  }
}

/**
 * Uses the Redis on `REDIS_PORT` when it is set, else starts `redis-server` on a free port and
 * stops it by pid afterwards. Without either, setup fails: these tests are never skipped.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const fromEnvironment = process.env.REDIS_PORT;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const port = Number(fromEnvironment);
    if (!Number.isInteger(port) || !(await accepts(port))) {
      throw new Error(`REDIS_PORT=${fromEnvironment}, but no Redis accepts connections on 127.0.0.1:${fromEnvironment}.`);
    }
    project.provide('redisPort', port);
    return undefined;
  }
  const server: RedisServer = await startRedisServer();
  project.provide('redisPort', server.port);
  return () => server.stop();
}
