// Summarizes every vitest-JSON-shaped report under .ci/results/<run>/ (node20, node24, and whatever another
// step drops there: bun, deno, workerd, bundlers, ...). Prints, in order:
//   N tests: N passed, N failed, N skipped      distinct tests, counted once across runs (id = package + file + full name)
//   <run>: N passed, N failed, N skipped        one line per run; browser reports (.vitest-browser-results.json) are their own run, "chromium"
//   coverage <package> (own|merged): lines …    totals from .ci/coverage/<package>.json (scripts/check-coverage.mjs), when present
//   N passed, N failed, N skipped                the line CI reads, summed over runs
// A file that fails to load reports numFailedTests 0 and success false, so it counts as one failed test; a run
// that exited non-zero (FAILED_RUNS > 0: a crash, a coverage threshold) with no failed test counts as one failure.
// Exits 1 on any failure or when no test passed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = '.ci/results';
const coverageRoot = '.ci/coverage';

/** The run a report belongs to: browser reports are separated from the Node run that drove them. */
function runLabel(run, file) {
  if (!file.includes('vitest-browser-results')) {
    return run;
  }
  return run === 'node20' ? 'chromium' : `chromium (${run})`;
}

/**
 * `packages/core/test/x.test.ts` from the absolute path vitest writes (reports come from this checkout). A
 * harness run on several runtimes may name its file after the runtime ("harness (bun)"): that suffix is dropped,
 * so the same test on Bun, Deno and workerd is one test.
 */
function testFile(name, run) {
  const path = relative(process.cwd(), name);
  const file = path.startsWith('..') ? name : path;
  return file.endsWith(` (${run})`) ? file.slice(0, -` (${run})`.length) : file;
}

/** Per-test outcomes of one report, plus one failed pseudo-test per file that could not load. */
function outcomesOf(report, source, run) {
  const outcomes = [];
  if (!Array.isArray(report.testResults)) {
    // Only totals (no per-test list): each counted test gets an id of its own, so none merges with another.
    for (const [status, count] of [
      ['passed', report.numPassedTests],
      ['failed', report.numFailedTests],
      ['skipped', (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)],
    ]) {
      for (let index = 0; index < (count ?? 0); index++) {
        outcomes.push({ id: `${source} > (${status} #${index + 1})`, status });
      }
    }
    return outcomes;
  }
  for (const result of report.testResults ?? []) {
    const file = testFile(result.name ?? '?', run);
    const assertions = result.assertionResults ?? [];
    for (const assertion of assertions) {
      const name = assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title].join(' ');
      outcomes.push({ id: `${file} > ${name}`, status: assertion.status });
    }
    if (result.status === 'failed' && !assertions.some((assertion) => assertion.status === 'failed')) {
      outcomes.push({ id: `${file} > (file failed to load or run: ${String(result.message ?? '').slice(0, 120)})`, status: 'failed' });
    }
  }
  return outcomes;
}

const kind = (status) => (status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'skipped');
const runs = new Map();
const distinct = new Map();
for (const run of existsSync(root) ? readdirSync(root).sort() : []) {
  for (const file of readdirSync(join(root, run)).sort()) {
    if (!file.endsWith('.json')) {
      continue;
    }
    const report = JSON.parse(readFileSync(join(root, run, file), 'utf8'));
    const label = runLabel(run, file);
    const totals = runs.get(label) ?? { passed: 0, failed: 0, skipped: 0 };
    const outcomes = outcomesOf(report, `${run}/${file}`, run);
    for (const outcome of outcomes) {
      totals[kind(outcome.status)]++;
      const seen = distinct.get(outcome.id);
      // Counted once: failed anywhere beats passed anywhere beats skipped everywhere.
      if (seen === undefined || seen === 'skipped' || (seen === 'passed' && kind(outcome.status) === 'failed')) {
        distinct.set(outcome.id, kind(outcome.status));
      }
    }
    // A report that says it failed but lists no failed test (a crash after collection) still counts.
    if (report.success === false && !outcomes.some((outcome) => outcome.status === 'failed')) {
      totals.failed++;
      distinct.set(`${label}/${file} > (run failed)`, 'failed');
    }
    runs.set(label, totals);
  }
}

const line = (totals) => `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
const once = { passed: 0, failed: 0, skipped: 0 };
for (const status of distinct.values()) {
  once[status]++;
}
const summed = { passed: 0, failed: 0, skipped: 0 };
for (const totals of runs.values()) {
  summed.passed += totals.passed;
  summed.failed += totals.failed;
  summed.skipped += totals.skipped;
}
const failedRuns = Number(process.env.FAILED_RUNS ?? '0');
if (failedRuns > 0 && summed.failed === 0) {
  // A run died before writing a report, or vitest failed after the tests (a coverage threshold).
  summed.failed = 1;
  once.failed = Math.max(once.failed, 1);
}

console.log(`${distinct.size} tests: ${line(once)}`);
const order = (label) => ['node20', 'node24', 'chromium'].indexOf(label) >>> 0; // known runs first, then the rest by name
for (const [label, totals] of [...runs].sort(([left], [right]) => order(left) - order(right) || left.localeCompare(right))) {
  console.log(`${label}: ${line(totals)}`);
}
if (failedRuns > 0) {
  console.log(`${failedRuns} test run(s) exited non-zero (a failed test, a crash or a coverage threshold; see the log above)`);
}
for (const file of existsSync(coverageRoot) ? readdirSync(coverageRoot).sort() : []) {
  const { measure, total } = JSON.parse(readFileSync(join(coverageRoot, file), 'utf8'));
  const metric = (name) => `${name} ${total[name].pct.toFixed(1)} %`;
  const figures = ['lines', 'branches', 'functions', 'statements'].map(metric).join(', ');
  console.log(`coverage ${file.replace(/\.json$/, '')} (${measure}): ${figures}`);
}
console.log(line(summed));
process.exit(summed.failed > 0 || summed.passed === 0 ? 1 : 0);
