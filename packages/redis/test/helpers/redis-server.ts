import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A `redis-server` this process started (daemonized, no persistence) and stops by pid. */
export interface RedisServer {
  readonly port: number;
  stop(): Promise<void>;
}

/** A port that was just bound and released: nothing listens on it. */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Throws a clear error when `redis-server` is not on the PATH. */
export function assertRedisServerInstalled(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      '@conduit/redis tests need a Redis: set REDIS_PORT to a running server, or install redis-server (apt-get install -y redis-server) so the tests can start one.',
      { cause: probe.error },
    );
  }
}

/** Starts `redis-server` on `port` (a free one when omitted) and waits until it accepts connections. */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  assertRedisServerInstalled();
  const serverPort = port ?? (await findFreePort());
  const directory = mkdtempSync(join(tmpdir(), 'conduit-redis-'));
  const pidFile = join(directory, 'redis.pid');
  const args = ['--port', String(serverPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const started = spawnSync('redis-server', [...args, '--daemonize', 'yes', '--pidfile', pidFile, '--dir', directory], {
    encoding: 'utf8',
  });
  if (started.status !== 0) {
    throw new Error(`redis-server did not start on port ${serverPort}: ${started.stderr || started.stdout}`);
  }
  await waitFor(() => accepts(serverPort), `redis-server to accept connections on port ${serverPort}`);
  const pid = await waitFor(() => readPid(pidFile), `redis-server to write ${pidFile}`);
  return {
    port: serverPort,
    async stop() {
      try {
        if (isAlive(pid)) {
          process.kill(pid, 'SIGTERM');
        }
        // Redis removes its pidfile and closes its port as it exits; waiting for the pid itself would
        // also wait for init to reap the daemon, which can take a second here.
        await waitFor(async () => readPid(pidFile) === false && !(await accepts(serverPort)), `redis-server (pid ${pid}) to exit`);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function readPid(pidFile: string): number | false {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : false;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(check: () => T | false | Promise<T | false>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== false) {
      return result;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
