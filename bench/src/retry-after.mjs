// Retry-After: N governs. A 429 says Retry-After: 2 while its X-RateLimit-Reset is 2.84 s away:
// the retry must arrive 2 s later (+-5 %), whatever the reset says. Conduit, with ky for reference.
import { createTransport, none } from '@conduit/core';
import ky from 'ky';
import { startLimiterServer } from './child-server.mjs';

const clients = {
  conduit: (url) => createTransport({ provider: 'bench', auth: none(), maxRetries: 2 })(`${url}/items`),
  ky: (url) => ky.get(`${url}/items`, { retry: { limit: 2, statusCodes: [429], afterStatusCodes: [429] } }),
};

export async function runRetryAfter() {
  const figures = [];
  for (const [name, call] of Object.entries(clients)) {
    const server = await startLimiterServer('retry-after', 1);
    await call(server.url);
    const { arrivals } = await server.stats();
    await server.close();
    const seconds = (arrivals[1] - arrivals[0]) / 1000;
    process.stdout.write(`  Retry-After: 2 (reset 2.84 s away) / ${name}: retried after ${seconds.toFixed(3)} s\n`);
    const own = name === 'conduit';
    figures.push({
      name: `Retry-After: 2, reset at 2.84 s: ${name} retry delay (s)`,
      value: seconds,
      budget: own ? '2 +- 5 %' : '-',
      pass: !own || Math.abs(seconds - 2) <= 0.1,
    });
  }
  return { figures };
}
