// The pinned runtimes the harness runs on, installed from the npm registry into ~/.cache when
// missing (never into the repository's lockfile), and called by path.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** @typedef {{ id: string, packageName: string, version: string, binary: string }} PinnedRuntime */

/** @type {Record<string, PinnedRuntime>} */
export const pinnedRuntimes = {
  bun: { id: 'bun', packageName: '@oven/bun-linux-x64', version: '1.4.4', binary: 'bin/bun' },
  deno: { id: 'deno', packageName: '@deno/linux-x64-glibc', version: '2.9.6', binary: 'deno' },
  workerd: { id: 'workerd', packageName: '@cloudflare/workerd-linux-64', version: '1.20261117.1', binary: 'bin/workerd' },
};

/** Where runtimes are cached, one folder per pinned version (like Node 24 under ~/.cache). */
export const runtimesDirectory = join(homedir(), '.cache', 'conduit-runtimes');

/**
 * The runtime's binary, installed first when missing with
 * `npm install --prefix <cache dir> --no-save --ignore-scripts <package>@<version>`.
 *
 * @param {PinnedRuntime} runtime
 * @param {(line: string) => void} log
 */
export function ensureRuntime(runtime, log) {
  const directory = join(runtimesDirectory, `${runtime.id}-${runtime.version}`);
  const binary = join(directory, 'node_modules', runtime.packageName, runtime.binary);
  if (!existsSync(binary)) {
    log(`installing ${runtime.packageName}@${runtime.version} into ${directory}`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'package.json'), '{"private":true}\n');
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        directory,
        '--no-save',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `${runtime.packageName}@${runtime.version}`,
      ],
      { stdio: 'inherit' },
    );
  }
  return binary;
}
