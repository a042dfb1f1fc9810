// Goodput against every rate-limit style at 3x demand: 12 paced users offering 3x a 20 req/s limit
// for 15 s (1 s with --quick), Conduit beside ky and a naive p-retry loop. Each server runs in its
// own process (nginx as its own binary); goodput is successes in the window over the server's
// steady rate times the run (as in issue 19's table: a token bucket's initial burst can lift it above 1).
import { createTransport, none } from '@conduit/core';
import ky from 'ky';
import pRetry from 'p-retry';
import { startLimiterServer } from './child-server.mjs';
import { pacedUsers, percentile95 } from './load.mjs';
import { startNginx } from './nginx-server.mjs';

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

/** Server styles: how each starts, and its budget for Conduit. */
export const styles = {
  'token bucket, epoch-s reset (rounded up)': (limit) => startLimiterServer('bucket-epoch', limit),
  'token bucket, api.video X-RateLimit-Retry-After': (limit) => startLimiterServer('bucket-apivideo', limit),
  'express-rate-limit legacy X-RateLimit-*': (limit) => startLimiterServer('express-legacy', limit),
  'express-rate-limit draft-6': (limit) => startLimiterServer('express-draft-6', limit),
  'express-rate-limit draft-7': (limit) => startLimiterServer('express-draft-7', limit),
  'express-rate-limit draft-8': (limit) => startLimiterServer('express-draft-8', limit),
  'nginx limit_req (no headers)': (limit) => startNginx(limit),
};

export const headerless = (style) => style.startsWith('nginx');

export async function measureGoodput(style, name, { limit, seconds, users }) {
  const server = await styles[style](limit);
  const call = contenders[name](server.url);
  const outcome = await pacedUsers({ users, ratePerUser: (limit * 3) / users, seconds, call });
  const stats = await server.stats();
  await server.close();
  const answers = stats.ok + stats.limited;
  return {
    style,
    name,
    goodput: outcome.succeededInWindow / (limit * seconds),
    share429: answers === 0 ? 0 : stats.limited / answers,
    // Answers per completed call (answers to calls cancelled at the end of the run are counted too).
    triesPerCall: outcome.succeeded + outcome.failed === 0 ? 0 : answers / (outcome.succeeded + outcome.failed),
    failed: outcome.failed,
    p95: percentile95(outcome.latencies),
    errors: outcome.errors,
    server: stats,
  };
}

/** `{ name, value, budget, pass }` rows for one style's Conduit row against its peers. */
function figuresFor(style, rows) {
  const own = rows.find((row) => row.name === 'conduit');
  const peers = rows.filter((row) => row.name !== 'conduit');
  const figures = [];
  for (const row of rows) {
    const mine = row === own;
    const lowestPeer = Math.min(...peers.map((peer) => peer.share429));
    const shareBudget = headerless(style) ? '<= 0.05, < peers' : '<= 0.02';
    const shareOk = headerless(style) ? row.share429 <= 0.05 && row.share429 < lowestPeer : row.share429 <= 0.02;
    figures.push(
      {
        name: `goodput [${style}] ${row.name} / limit`,
        value: row.goodput,
        budget: mine ? '>= 0.97' : '-',
        pass: !mine || row.goodput >= 0.97,
      },
      { name: `goodput [${style}] ${row.name} 429 share`, value: row.share429, budget: mine ? shareBudget : '-', pass: !mine || shareOk },
      { name: `goodput [${style}] ${row.name} failed calls`, value: row.failed, budget: mine ? '0' : '-', pass: !mine || row.failed === 0 },
    );
  }
  return figures;
}

export async function runGoodput({ quick, only }) {
  const options = { limit: 20, seconds: quick ? 1 : 15, users: 12 };
  const rows = [];
  const figures = [];
  for (const style of Object.keys(styles)) {
    if (only && !style.includes(only)) {
      continue;
    }
    const styleRows = [];
    for (const name of Object.keys(contenders)) {
      const row = await measureGoodput(style, name, options);
      process.stdout.write(
        `  ${style} / ${name}: goodput ${row.goodput.toFixed(3)}, 429 ${(row.share429 * 100).toFixed(1)} %, tries ${row.triesPerCall.toFixed(2)}, failed ${row.failed}, p95 ${Math.round(row.p95)} ms\n`,
      );
      styleRows.push(row);
    }
    rows.push(...styleRows);
    figures.push(...figuresFor(style, styleRows));
  }
  // Summary rows under the names earlier runs used: Conduit's worst style.
  const own = rows.filter((row) => row.name === 'conduit');
  const headerRows = own.filter((row) => !headerless(row.style));
  if (own.length > 0) {
    const worstGoodput = Math.min(...own.map((row) => row.goodput));
    const worstShare = Math.max(0, ...headerRows.map((row) => row.share429));
    figures.push(
      { name: 'goodput: conduit / limit', value: worstGoodput, budget: '>= 0.97', pass: worstGoodput >= 0.97 },
      { name: 'goodput: conduit 429 share', value: worstShare, budget: '<= 0.02', pass: worstShare <= 0.02 },
    );
  }
  return { ...options, demand: options.limit * 3, rows, figures };
}
