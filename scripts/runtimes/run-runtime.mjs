// Runs the runtime-neutral harness (scripts/runtimes/harness) on Bun, Deno and workerd against the
// embedded mock server, and writes each runtime's vitest-shaped report to .ci/results/<runtime>/.
//   node scripts/runtimes/run-runtime.mjs [bun|deno|workerd|node ...]   (default: bun deno workerd)
// `npm run test:runtime -- bun` runs one. Needs the packages built (npx turbo run build).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliHarness } from './run-cli-harness.mjs';
import { runWorkerdHarness } from './run-workerd-harness.mjs';
import { ensureRuntime, pinnedRuntimes } from './runtimes.mjs';
import { sampleSize, startMockServer, testKeys } from './start-mock-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const timeoutMs = 240_000;
const log = (line) => console.log(line);
const requested = process.argv.slice(2);
const runtimes = requested.length > 0 ? requested : ['bun', 'deno', 'workerd'];

function crashReport(runtime, reason) {
  return {
    numPassedTests: 0,
    numFailedTests: 1,
    numPendingTests: 0,
    numTodoTests: 0,
    success: false,
    testResults: [
      {
        name: `scripts/runtimes/harness (${runtime})`,
        assertionResults: [{ fullName: reason, status: 'failed', failureMessages: [reason] }],
      },
    ],
  };
}

async function runOne(runtime, mock) {
  const config = {
    runtime,
    mockUrl: mock.url,
    keys: testKeys,
    samplePath: mock.samplePath,
    sampleSize,
    fileSystem: runtime !== 'workerd',
  };
  const encoded = Buffer.from(JSON.stringify(config)).toString('base64');
  const harness = 'scripts/runtimes/harness/cli-main.mjs';
  const options = { cwd: root, timeoutMs, log };
  if (runtime === 'node') {
    return runCliHarness(process.execPath, [harness, encoded], options);
  }
  const pinned = pinnedRuntimes[runtime];
  if (!pinned) {
    throw new Error(`unknown runtime "${runtime}" (known: ${Object.keys(pinnedRuntimes).join(', ')}, node)`);
  }
  const binary = ensureRuntime(pinned, log);
  if (runtime === 'bun') {
    return runCliHarness(binary, [harness, encoded], options);
  }
  if (runtime === 'deno') {
    return runCliHarness(binary, ['run', '--allow-all', '--quiet', harness, encoded], options);
  }
  const workDirectory = join(root, 'node_modules', '.cache', 'conduit-workerd');
  return runWorkerdHarness(binary, config, { ...options, workDirectory });
}

const mock = await startMockServer();
let failed = 0;
try {
  for (const runtime of runtimes) {
    const started = Date.now();
    log(`== runtime harness on ${runtime}`);
    const report = (await runOne(runtime, mock)) ?? crashReport(runtime, `${runtime}: the harness did not report (see the lines above)`);
    const directory = join(root, '.ci', 'results', runtime);
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'runtime-harness.json'), `${JSON.stringify(report, null, 2)}\n`);
    failed += report.numFailedTests;
    log(
      `${runtime}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
} finally {
  await mock.stop();
}
process.exit(failed > 0 ? 1 : 0);
