import { spawn } from 'node:child_process';

const marker = 'CONDUIT_REPORT ';

/**
 * Runs the harness's command-line entry in `command` (Bun, Deno, Node) from the repository root,
 * echoes its lines, and resolves with the report it printed, or `undefined` when it printed none
 * (crash, timeout). The child is killed by pid after `timeoutMs`.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, timeoutMs: number, log: (line: string) => void }} options
 */
export function runCliHarness(command, args, { cwd, timeoutMs, log }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let report;
    let buffered = '';
    const timer = setTimeout(() => {
      log(`  ✗ no report after ${timeoutMs} ms: killing pid ${child.pid}`);
      child.kill('SIGKILL');
    }, timeoutMs);
    const take = (text) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(marker)) {
          report = JSON.parse(line.slice(marker.length));
        } else if (line.trim() !== '') {
          log(line);
        }
      }
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', (text) => log(text.trimEnd()));
    child.on('error', (error) => log(`  ✗ could not start ${command}: ${error.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      take('\n');
      if (report === undefined) {
        log(`  ✗ exited with code ${code} before reporting`);
      }
      resolve(report);
    });
  });
}
