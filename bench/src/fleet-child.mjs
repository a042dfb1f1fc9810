// One process of the fleet: open-loop load at `rate` per second against the token-bucket server,
// through a Conduit transport on an in-memory or Redis store. Prints its outcome as JSON.
// argv: <url> <rate> <seconds> <memory|redis> [redisPort]
import { createTransport, none } from '@conduit/core';
import { openLoop } from './load.mjs';

const [url, rate, seconds, storeKind, redisPort] = process.argv.slice(2);
let store;
if (storeKind === 'redis') {
  const { RedisRateLimitStore } = await import('@conduit/redis');
  store = new RedisRateLimitStore({ host: '127.0.0.1', port: Number(redisPort) });
}
const transport = createTransport({ provider: 'bench', auth: none(), maxRetries: 10, maxRetryAfter: 600_000, rateLimitStore: store });
const outcome = await openLoop({
  rate: Number(rate),
  seconds: Number(seconds),
  call: (signal) =>
    transport
      .with({ signal })(`${url}/items`)
      .then((response) => response.json()),
});
await store?.close?.();
console.log(JSON.stringify(outcome));
