// Goodput against a token-bucket server at 3x its limit: Conduit versus a naive p-retry loop and ky.
import { createTransport, none } from '@conduit/core';
import ky from 'ky';
import pRetry from 'p-retry';
import { openLoop } from './load.mjs';
import { startTokenBucketServer } from './servers.mjs';

export const contenders = {
  conduit: (url) => {
    // Under 3x demand the backlog grows for the whole run: let queued calls wait as long as it lasts.
    const transport = createTransport({ provider: 'bench', auth: none(), maxRetries: 10, maxRetryAfter: 600_000 });
    return (signal) =>
      transport
        .with({ signal })(`${url}/items`)
        .then((response) => response.json());
  },
  // The references get a per-call signal: fetch and p-retry add a listener to the signal they are given,
  // and thousands of calls on the run's one shared signal flood the log with MaxListenersExceeded warnings.
  'p-retry': (url) => (shared) => {
    const signal = AbortSignal.any([shared]);
    return pRetry(
      async () => {
        const response = await fetch(`${url}/items`, { signal });
        if (response.status === 429) {
          throw new Error('429');
        }
        return response.json();
      },
      { retries: 10, minTimeout: 100, factor: 2, signal },
    );
  },
  ky: (url) => {
    const client = ky.create({ prefixUrl: url, retry: { limit: 10, statusCodes: [429], afterStatusCodes: [429] } });
    return (shared) => client.get('items', { signal: AbortSignal.any([shared]) }).json();
  },
};

export async function measureGoodput(name, { limit, seconds }) {
  const server = await startTokenBucketServer({ limit });
  const call = contenders[name](server.url);
  const outcome = await openLoop({ rate: limit * 3, seconds, call });
  await server.close();
  const answers = server.stats.ok + server.stats.limited;
  return {
    name,
    // The bucket starts full, so the most a client can get is one burst plus the steady rate.
    goodput: outcome.succeededInWindow / (limit * seconds + limit),
    share429: answers === 0 ? 0 : server.stats.limited / answers,
    failed: outcome.failed,
    outcome,
    server: { ...server.stats },
  };
}

export async function runGoodput({ quick }) {
  const limit = quick ? 20 : 50;
  const seconds = quick ? 3 : 60;
  const rows = [];
  for (const name of Object.keys(contenders)) {
    rows.push(await measureGoodput(name, { limit, seconds }));
  }
  const figures = rows.flatMap((row) => {
    const own = row.name === 'conduit';
    return [
      { name: `goodput: ${row.name} / limit`, value: row.goodput, budget: own ? '>= 0.97' : '-', pass: !own || row.goodput >= 0.97 },
      { name: `goodput: ${row.name} 429 share`, value: row.share429, budget: own ? '<= 0.02' : '-', pass: !own || row.share429 <= 0.02 },
      { name: `goodput: ${row.name} failed calls`, value: row.failed, budget: own ? '0' : '-', pass: !own || row.failed === 0 },
    ];
  });
  return { limit, seconds, demand: limit * 3, rows, figures };
}
