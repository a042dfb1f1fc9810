// Debian nginx `limit_req` on loopback: a 429 with no rate-limit header and no Retry-After. Our own
// config in a temp dir, started in the foreground as a child and stopped by pid, never a system
// service. Installed with apt-get when missing (policy-rc.d keeps apt from starting a service).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binary = '/usr/sbin/nginx';

function ensureNginx() {
  if (spawnSync(binary, ['-v']).status === 0) {
    return;
  }
  process.stdout.write('nginx is missing: apt-get install -y nginx-light\n');
  execFileSync('apt-get', ['install', '-y', 'nginx-light'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** `limit_req rate=<limit>r/s burst=<limit> nodelay`; resolves to { url, stats(), close() }. */
export async function startNginx(limit) {
  ensureNginx();
  const directory = mkdtempSync(join(tmpdir(), 'conduit-bench-nginx-'));
  chmodSync(directory, 0o755);
  const port = await freePort();
  writeFileSync(join(directory, 'items'), '{"ok":true}');
  const log = join(directory, 'access.log');
  writeFileSync(
    join(directory, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${join(directory, 'nginx.pid')};
error_log ${join(directory, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log ${log};
  client_body_temp_path ${directory};
  proxy_temp_path ${directory};
  fastcgi_temp_path ${directory};
  uwsgi_temp_path ${directory};
  scgi_temp_path ${directory};
  keepalive_requests 100000;
  limit_req_zone $binary_remote_addr zone=bench:1m rate=${limit}r/s;
  server {
    listen 127.0.0.1:${port};
    location /items {
      limit_req zone=bench burst=${limit} nodelay;
      limit_req_status 429;
      default_type application/json;
      alias ${join(directory, 'items')};
    }
  }
}
`,
  );
  const child = spawn(binary, ['-c', join(directory, 'nginx.conf'), '-p', directory], { stdio: 'inherit' });
  for (let tries = 0; tries < 100; tries++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  writeFileSync(log, '');
  return {
    url: `http://127.0.0.1:${port}`,
    async stats() {
      const lines = readFileSync(log, 'utf8').split('\n');
      const status = (code) => lines.filter((line) => line.includes(`" ${code} `)).length;
      return { ok: status(200), limited: status(429) };
    },
    close: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(directory, { recursive: true, force: true });
          done();
        });
        process.kill(child.pid, 'SIGQUIT');
      }),
  };
}
