import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { workerdConfig } from './workerd-config.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForWorker(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && child.exitCode === null) {
    try {
      await fetch(url);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return false;
}

/**
 * Bundles the harness as a Worker the way wrangler does (esbuild, conditions `workerd`, `worker`,
 * `browser`; nothing external, so any Node built-in would fail the build), serves it with workerd
 * on a free loopback port, POSTs the config and resolves with the report (or `undefined`).
 * workerd is stopped by pid.
 *
 * @param {string} workerd
 * @param {object} config
 * @param {{ cwd: string, workDirectory: string, timeoutMs: number, log: (line: string) => void }} options
 */
export async function runWorkerdHarness(workerd, config, { cwd, workDirectory, timeoutMs, log }) {
  await mkdir(workDirectory, { recursive: true });
  const workerFile = join(workDirectory, 'worker.js');
  try {
    await build({
      entryPoints: [join(cwd, 'scripts/runtimes/harness/worker-main.mjs')],
      outfile: workerFile,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
      target: 'es2022',
      logLevel: 'silent',
    });
  } catch (error) {
    log(`  ✗ the worker bundle failed: ${error.message}`);
    return undefined;
  }
  const port = await freePort();
  const configFile = join(workDirectory, 'config.capnp');
  await writeFile(configFile, workerdConfig({ port, workerFile: 'worker.js' }));
  const child = spawn(workerd, ['serve', configFile], { cwd: workDirectory, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.setEncoding('utf8').on('data', (text) => log(text.trimEnd()));
  child.stderr.setEncoding('utf8').on('data', (text) => log(text.trimEnd()));
  try {
    const url = `http://127.0.0.1:${port}/`;
    if (!(await waitForWorker(url, child, 20_000))) {
      log(`  ✗ workerd did not start (exit code ${child.exitCode})`);
      return undefined;
    }
    const answer = await fetch(url, { method: 'POST', body: JSON.stringify(config), signal: AbortSignal.timeout(timeoutMs) });
    const { report, lines } = await answer.json();
    for (const line of lines) {
      log(line);
    }
    return report;
  } catch (error) {
    log(`  ✗ the worker did not report: ${error.message}`);
    return undefined;
  } finally {
    child.kill('SIGTERM');
  }
}
