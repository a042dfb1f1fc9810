// Sums every vitest JSON report under .ci/results/<run>/ into the one line CI reads: "N passed, N failed, N skipped".
// A file that fails to load reports numFailedTests 0 and success false, so it counts as a failure;
// a run that died before writing reports (FAILED_RUNS > 0) counts as one failure too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const root = '.ci/results';
for (const run of readdirSync(root)) {
  for (const file of readdirSync(join(root, run))) {
    const report = JSON.parse(readFileSync(join(root, run, file), 'utf8'));
    passed += report.numPassedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    failed += report.numFailedTests || (report.success ? 0 : 1);
  }
}
if (failed === 0 && process.env.FAILED_RUNS !== '0') {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
