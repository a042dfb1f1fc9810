// Fleet: 4 processes (3 paced users each) share one rate-limited server at 3x its limit, each on its
// own in-memory store (the baseline) or on one shared Redis store (@conduit/redis), in the draft-8
// and nginx styles; once more with Redis killed and restarted mid-run (calls must not fail). A
// redis-server is started on a free port and stopped by pid.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startLimiterServer } from './child-server.mjs';
import { startNginx } from './nginx-server.mjs';

const run = promisify(execFile);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const canConnect = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Starts redis-server (daemonized, no persistence) on `port` or a free one; `stop()` kills it by pid. */
export async function startRedis(port) {
  const directory = mkdtempSync(join(tmpdir(), 'conduit-bench-redis-'));
  const pidfile = join(directory, 'redis.pid');
  const chosen = port ?? (await freePort());
  await new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(chosen),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'yes',
        '--pidfile',
        pidfile,
        '--dir',
        directory,
      ],
      { stdio: 'ignore' },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited ${code}`))));
  });
  for (let tries = 0; tries < 100 && !(await canConnect(chosen)); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port: chosen,
    stop() {
      try {
        process.kill(Number(readFileSync(pidfile, 'utf8').trim()));
      } catch {
        /* already gone */
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

const fleetStyles = {
  'express draft-8': (limit) => startLimiterServer('express-draft-8', limit),
  'nginx limit_req': (limit) => startNginx(limit),
};

export async function measureFleet(style, storeKind, { limit, seconds, processes, redis, killRedis }) {
  const server = await fleetStyles[style](limit);
  const child = new URL('./fleet-child.mjs', import.meta.url).pathname;
  const users = 12 / processes;
  const children = Array.from({ length: processes }, () =>
    run(
      process.execPath,
      [child, server.url, String(users), String((limit * 3) / 12), String(seconds), storeKind, String(redis?.port ?? '')],
      {
        maxBuffer: 1024 * 1024,
      },
    ).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop())),
  );
  if (killRedis) {
    // Down for a second a third of the way in, then back (empty: no persistence) on the same port.
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
    redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    Object.assign(redis, await startRedis(redis.port));
  }
  const outcomes = await Promise.all(children);
  const stats = await server.stats();
  await server.close();
  const succeeded = outcomes.reduce((sum, outcome) => sum + outcome.succeededInWindow, 0);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  const fallbacks = outcomes.reduce((sum, outcome) => sum + (outcome.redisWarnings ?? 0), 0);
  const answers = stats.ok + stats.limited;
  return {
    style,
    store: killRedis ? 'redis, killed mid-run' : storeKind,
    goodput: succeeded / (limit * seconds),
    share429: answers ? stats.limited / answers : 0,
    failed,
    fallbacks,
    server: stats,
  };
}

export async function runFleet({ quick }) {
  const options = { limit: 20, seconds: quick ? 2 : 15, processes: 4 };
  const redis = await startRedis();
  const rows = [];
  try {
    for (const style of Object.keys(fleetStyles)) {
      rows.push(await measureFleet(style, 'memory', options));
      rows.push(await measureFleet(style, 'redis', { ...options, redis }));
    }
    rows.push(await measureFleet('express draft-8', 'redis', { ...options, redis, killRedis: true }));
  } finally {
    redis.stop();
  }
  for (const row of rows) {
    process.stdout.write(
      `  fleet x4 [${row.style}] ${row.store}: goodput ${row.goodput.toFixed(3)}, 429 ${(row.share429 * 100).toFixed(1)} %, failed ${row.failed}, processes that fell back to memory ${row.fallbacks}\n`,
    );
  }
  const figures = rows.flatMap((row) => {
    const own = row.store !== 'memory';
    const headerless = row.style.startsWith('nginx');
    const killed = row.store.includes('killed');
    return [
      {
        name: `fleet x4 [${row.style}] ${row.store} store goodput / limit`,
        value: row.goodput,
        budget: own && !killed ? '>= 0.95' : '-',
        pass: !own || killed || row.goodput >= 0.95,
      },
      {
        name: `fleet x4 [${row.style}] ${row.store} store 429 share`,
        value: row.share429,
        budget: own && !killed ? (headerless ? '<= 0.05' : '<= 0.02') : '-',
        pass: !own || killed || row.share429 <= (headerless ? 0.05 : 0.02),
      },
      {
        name: `fleet x4 [${row.style}] ${row.store} store failed calls`,
        value: row.failed,
        budget: own ? '0' : '-',
        pass: !own || row.failed === 0,
      },
    ];
  });
  return { ...options, rows, figures };
}
