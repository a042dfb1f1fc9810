// Fleet: 4 processes share one token-bucket server at 3x its limit, each on its own in-memory store
// versus one shared Redis store (@conduit/redis). A redis-server is started on a free port and stopped by pid.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTokenBucketServer } from './servers.mjs';

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

async function startRedis() {
  const directory = mkdtempSync(join(tmpdir(), 'conduit-bench-redis-'));
  const pidfile = join(directory, 'redis.pid');
  const port = await freePort();
  await new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', pidfile],
      { stdio: 'ignore' },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`redis-server exited ${code}`))));
  });
  for (let tries = 0; tries < 100 && !(await canConnect(port)); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
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

async function measureFleet(storeKind, { limit, seconds, processes, redisPort }) {
  const server = await startTokenBucketServer({ limit });
  const child = new URL('./fleet-child.mjs', import.meta.url).pathname;
  const outcomes = await Promise.all(
    Array.from({ length: processes }, () =>
      run(process.execPath, [child, server.url, String((limit * 3) / processes), String(seconds), storeKind, String(redisPort ?? '')], {
        maxBuffer: 1024 * 1024,
      }).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop())),
    ),
  );
  await server.close();
  const succeeded = outcomes.reduce((sum, outcome) => sum + outcome.succeededInWindow, 0);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  const answers = server.stats.ok + server.stats.limited;
  return {
    store: storeKind,
    goodput: succeeded / (limit * seconds + limit),
    share429: answers ? server.stats.limited / answers : 0,
    failed,
    server: { ...server.stats },
  };
}

export async function runFleet({ quick }) {
  const options = { limit: quick ? 20 : 50, seconds: quick ? 4 : 60, processes: 4 };
  const redis = await startRedis();
  try {
    const rows = [await measureFleet('memory', options), await measureFleet('redis', { ...options, redisPort: redis.port })];
    const figures = rows.flatMap((row) => {
      const own = row.store === 'redis';
      return [
        {
          name: `fleet x4: ${row.store} store goodput / limit`,
          value: row.goodput,
          budget: own ? '>= 0.95' : 'baseline',
          pass: !own || row.goodput >= 0.95,
        },
        {
          name: `fleet x4: ${row.store} store 429 share`,
          value: row.share429,
          budget: own ? '<= 0.02' : 'baseline',
          pass: !own || row.share429 <= 0.02,
        },
      ];
    });
    return { ...options, rows, figures };
  } finally {
    redis.stop();
  }
}
