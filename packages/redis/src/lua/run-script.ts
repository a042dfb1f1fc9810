import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A Lua script and its SHA-1, for `EVALSHA`. */
export interface LuaScript {
  readonly source: string;
  readonly sha: string;
}

/** Pairs a script with its SHA-1 once, at module load. */
export function defineScript(source: string): LuaScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/**
 * Runs a one-key script with `EVALSHA`, and with `EVAL` (which also caches it) when the server
 * does not know it yet, e.g. after a restart. Unlike `defineCommand`, this leaves a client
 * passed in by the caller untouched.
 */
export async function runScript(redis: Redis, script: LuaScript, key: string, args: readonly string[]): Promise<unknown> {
  try {
    return await redis.evalsha(script.sha, 1, key, ...args);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('NOSCRIPT')) {
      return await redis.eval(script.source, 1, key, ...args);
    }
    throw error;
  }
}
