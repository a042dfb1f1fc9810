// Starts limiter-server.mjs as a child process and stops it by pid.
import { spawn } from 'node:child_process';

/** Starts one style; resolves to { url, stats(), close() } once it listens. */
export function startLimiterServer(style, limit) {
  const child = spawn(process.execPath, [new URL('./limiter-server.mjs', import.meta.url).pathname, style, String(limit)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`limiter server ${style} exited with ${code}`)));
    child.stdout.once('data', (chunk) => {
      const { port } = JSON.parse(String(chunk).split('\n')[0]);
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        stats: async () => (await fetch(`${url}/__stats`)).json(),
        close: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            process.kill(child.pid, 'SIGTERM');
          }),
      });
    });
  });
}
