/**
 * @module
 * `@conduit/redis`: a Redis-backed `RateLimitStore`, so a fleet of processes shares one
 * rate-limit budget per provider, bucket and key.
 */
export { RedisRateLimitStore } from './redis-rate-limit-store.js';
export {
  defaultRedisRateLimitStoreOptions,
  type RedisConnectionOptions,
  type RedisRateLimitStoreOptions,
} from './redis-rate-limit-store-options.js';
