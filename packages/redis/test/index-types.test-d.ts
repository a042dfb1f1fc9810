import type { RateLimitStore } from '@conduit/core';
import type { Redis } from 'ioredis';
import { expectTypeOf } from 'vitest';
import {
  defaultRedisRateLimitStoreOptions,
  type RedisConnectionOptions,
  type RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
} from '../src/index.js';

// Names every public export, so dropping one fails `tsc`.
expectTypeOf<RedisRateLimitStore>().toExtend<RateLimitStore>();
expectTypeOf<RedisConnectionOptions>().toExtend<object>();
expectTypeOf(defaultRedisRateLimitStoreOptions.keyPrefix).toEqualTypeOf<'conduit:rl:'>();
expectTypeOf<{ redis: Redis }>().toExtend<RedisRateLimitStoreOptions>();
expectTypeOf<{ url: string; keyPrefix: string }>().toExtend<RedisRateLimitStoreOptions>();
expectTypeOf<{ host: string; port: number }>().toExtend<RedisRateLimitStoreOptions>();
// A client and a URL exclude each other.
expectTypeOf<{ redis: Redis; url: string }>().not.toExtend<RedisRateLimitStoreOptions>();
