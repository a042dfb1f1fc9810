// npm run bench [-- --quick]: every benchmark, a table of ratios beside their budgets, and bench/results.json.
import { writeFileSync } from 'node:fs';
import { runFleet } from './fleet.mjs';
import { runGoodput } from './goodput.mjs';
import { runOverhead } from './overhead.mjs';
import { runRetryAfter } from './retry-after.mjs';
import { runUploadMemory } from './upload-memory.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice(7);
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
writeFileSync(new URL('../results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json${quick ? ' (quick mode: figures are indicative only)' : ''}`);
