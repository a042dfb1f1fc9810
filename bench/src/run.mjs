// npm run bench [-- --quick] [-- --only=<suite>] [-- --out=<file>]: every benchmark, a table of figures beside
// their budgets, and bench/results.json. A full run exits 1 when any budget is missed; `--quick` (used by the
// test command) enforces none and writes results only to `--out`, never over bench/results.json.
import { writeFileSync } from 'node:fs';
import { benchMode, missedBudgets } from './budgets.mjs';
import { runFleet } from './fleet.mjs';
import { runGoodput } from './goodput.mjs';
import { runOverhead } from './overhead.mjs';
import { runRetryAfter } from './retry-after.mjs';
import { runUploadMemory } from './upload-memory.mjs';

const mode = benchMode(process.argv);
const { quick, only } = mode;
const suites = { overhead: runOverhead, goodput: runGoodput, 'retry-after': runRetryAfter, fleet: runFleet, upload: runUploadMemory };
const results = { quick, node: process.version, startedAt: new Date().toISOString(), suites: {} };
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) {
    continue;
  }
  process.stdout.write(`running ${name}${quick ? ' (quick)' : ''}...\n`);
  results.suites[name] = await run({ quick });
}
const figures = Object.values(results.suites).flatMap((suite) => suite.figures);
const width = Math.max(...figures.map((figure) => figure.name.length));
console.log(`\n${'figure'.padEnd(width)}  value     budget     result`);
for (const figure of figures) {
  const value = typeof figure.value === 'number' ? figure.value.toFixed(3) : String(figure.value);
  console.log(`${figure.name.padEnd(width)}  ${value.padEnd(8)}  ${figure.budget.padEnd(9)}  ${figure.pass ? 'pass' : 'FAIL'}`);
}
results.figures = figures;
const missed = missedBudgets(figures);
results.budgets = { enforced: mode.enforce, missed: missed.map((figure) => figure.name) };
if (mode.resultsFile) {
  writeFileSync(mode.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${mode.resultsFile}`);
}
if (!mode.enforce) {
  console.log(`\nquick mode: figures are indicative only; budgets not enforced (${missed.length} would have missed)`);
} else if (missed.length > 0) {
  console.log(`\n${missed.length} budget(s) missed: ${missed.map((figure) => figure.name).join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('\nevery budget met');
}
