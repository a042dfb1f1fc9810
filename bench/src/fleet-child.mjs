// One process of the fleet: paced users against a rate-limited server through a Conduit transport
// on an in-memory or Redis store. Prints its outcome as JSON.
// argv: <url> <users> <ratePerUser> <seconds> <memory|redis> [redisPort]
import { createTransport, none } from '@conduit/core';
import { pacedUsers } from './load.mjs';

const [url, users, ratePerUser, seconds, storeKind, redisPort] = process.argv.slice(2);
let store;
let redisWarnings = 0;
if (storeKind === 'redis') {
  const { RedisRateLimitStore } = await import('@conduit/redis');
  // A store that cannot reach Redis counts locally and says so once: the bench reports it, never fails on it.
  store = new RedisRateLimitStore({
    host: '127.0.0.1',
    port: Number(redisPort),
    commandTimeoutMs: Number(process.env.BENCH_REDIS_TIMEOUT_MS ?? 200),
    onWarning: () => redisWarnings++,
  });
}
const transport = createTransport({ provider: 'bench', auth: none(), maxRetries: 10, maxRetryAfter: 600_000, rateLimitStore: store });
const outcome = await pacedUsers({
  users: Number(users),
  ratePerUser: Number(ratePerUser),
  seconds: Number(seconds),
  call: (signal) =>
    transport
      .with({ signal })(`${url}/items`)
      .then((response) => response.json()),
});
await store?.close?.();
console.log(JSON.stringify({ ...outcome, latencies: outcome.latencies.length, redisWarnings, usingFallback: store?.usingFallback }));
